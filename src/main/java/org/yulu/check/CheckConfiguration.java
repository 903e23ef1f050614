package org.yulu.check;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.yulu.system.YuluProperties;

/** Only the check's two addresses are rate-limited; searches and pages never are. */
@Configuration
class CheckConfiguration implements WebMvcConfigurer {

    /** Absent only where a test starts another package's web layer alone, which has no check to limit. */
    private final ObjectProvider<YuluProperties> properties;

    CheckConfiguration(ObjectProvider<YuluProperties> properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        YuluProperties settings = properties.getIfAvailable();
        if (settings != null) {
            registry.addInterceptor(new CheckRateLimit(settings)).addPathPatterns("/check", "/api/check");
        }
    }
}
