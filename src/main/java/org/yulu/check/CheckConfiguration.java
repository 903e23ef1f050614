package org.yulu.check;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.yulu.system.YuluProperties;

/** Only the check's two addresses are rate-limited; searches and pages never are. */
@Configuration
class CheckConfiguration implements WebMvcConfigurer {

    private final YuluProperties properties;

    CheckConfiguration(YuluProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CheckRateLimit(properties)).addPathPatterns("/check", "/api/check");
    }
}
