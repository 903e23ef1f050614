package org.yulu.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiParameterCheck()).addPathPatterns("/api/**");
    }

    /** Quotes for other sites are fetched from other sites' pages: any origin may read them. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/api/random", "/api/daily", "/oembed"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD");
        }
    }
}
