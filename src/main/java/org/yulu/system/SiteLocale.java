package org.yulu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Chinese unless the reader asks for English: by {@code ?lang=en} (the switcher's links, which also remember the
 * choice in a cookie), by that cookie, or by the browser's Accept-Language. Limiting the locales keeps the page's
 * {@code lang} attribute true to its text: a browser asking for French gets the Chinese page marked zh-CN. Every
 * page says it varies by both, so no cache hands one reader's language to another.
 */
@Configuration(proxyBeanMethods = false)
class SiteLocale implements WebMvcConfigurer {

    static final String PARAM = "lang";
    static final String COOKIE = "yulu-lang";
    static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    /** Paths whose answer is the same in every language. */
    static final List<String> SAME_IN_EVERY_LANGUAGE = List.of("/api/", "/css/", "/js/", "/cards/", "/favicon",
            "/feed.xml", "/sitemap.xml", "/robots.txt", "/oembed", "/v3/", "/swagger-ui", "/actuator");

    @Bean
    LocaleResolver localeResolver() {
        return new ReaderLocale();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> languageVary() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        String path = request.getRequestURI().substring(request.getContextPath().length());
                        if (SAME_IN_EVERY_LANGUAGE.stream().noneMatch(path::startsWith)) {
                            response.addHeader("Vary", "Accept-Language, Cookie");
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/*");
        // before the kept search pages, which answer without reaching the controllers
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** The reader's language: the parameter, then the cookie, then the browser's wish, among those the site has. */
    static final class ReaderLocale implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale asked = supported(request.getParameter(PARAM));
            if (asked != null) {
                return asked;
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    Locale remembered = COOKIE.equals(cookie.getName()) ? supported(cookie.getValue()) : null;
                    if (remembered != null) {
                        return remembered;
                    }
                }
            }
            if (request.getHeader("Accept-Language") == null) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            for (Locale wished : java.util.Collections.list(request.getLocales())) {
                for (Locale offered : LOCALES) {
                    if (offered.getLanguage().equals(wished.getLanguage())) {
                        return offered;
                    }
                }
            }
            return Locale.SIMPLIFIED_CHINESE;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale == null ? null : supported(locale.toLanguageTag());
            if (response == null || chosen == null) {
                return;
            }
            Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }

        private static Locale supported(String tag) {
            if (tag == null || tag.isBlank()) {
                return null;
            }
            String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
            return LOCALES.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
        }
    }
}
