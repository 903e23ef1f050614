package org.yulu.system;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Points the embedded H2 database into {@code yulu.data-dir} unless a datasource URL is configured. H2 refuses
 * implicitly relative paths, so the folder is resolved against the working directory here. {@code WRITE_DELAY=0}
 * writes every commit to disk before it returns (H2 otherwise waits up to half a second), so an imported document
 * survives a crash right after its log line.
 */
public class DataDirDatabase implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("yulu.data-dir", "data")).toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + dataDir.resolve("yulu") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        environment.getPropertySources().addLast(new MapPropertySource("yuluDataDir", Map.of("spring.datasource.url", url)));
    }
}
