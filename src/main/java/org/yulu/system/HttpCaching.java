package org.yulu.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;
import java.util.Set;

/**
 * ETags on every successful GET, so a browser that has a page or asset gets a 304 instead of the body again (searches
 * and cards tag their own); and a short public cache lifetime on permalink pages, which only change when their document is re-imported.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching implements WebMvcConfigurer {

    static final CacheControl PERMALINK_CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    static final String[] PERMALINKS = {"/quotes/*", "/exchanges/*", "/sources/*", "/embed/quotes/*",
            "/embed/exchanges/*"};
    static final Set<String> SEARCHES = Set.of("/search", "/api/search");
    /** Share cards carry their own ETag, a hash of what they show, checked before a card is drawn or read. */
    static final String OWN_ETAGS = "/cards/";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                // Search answers carry the ETag of their kept bytes (KeptResponse), hashed once per answer.
                return SEARCHES.contains(request.getRequestURI()) || request.getRequestURI().startsWith(OWN_ETAGS);
            }
        };
        // Tomcat compresses no response with a strong ETag: a weak one names the page in either encoding.
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        // Inside the security headers, so a 304 carries them too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView modelAndView) {
                // Only reached when the page was found: a 404 must not be cached for minutes.
                response.setHeader("Cache-Control", PERMALINK_CACHING.getHeaderValue());
            }
        }).addPathPatterns(PERMALINKS);
    }
}
