package org.yulu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YuluApplication {

    public static void main(String[] args) {
        SpringApplication.run(YuluApplication.class, args);
    }
}
