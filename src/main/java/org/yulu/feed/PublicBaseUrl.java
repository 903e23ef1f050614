package org.yulu.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yulu.system.YuluProperties;

/** Where the site lives for readers outside it: yulu.public-base-url, or the address the request came to. */
@Component
class PublicBaseUrl {

    private final YuluProperties properties;

    PublicBaseUrl(YuluProperties properties) {
        this.properties = properties;
    }

    /** The base without a trailing slash, so {@code of(request) + "/quotes/x"} is an absolute URL. */
    String of(HttpServletRequest request) {
        String configured = properties.publicBaseUrl();
        String base = configured == null || configured.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString()
                : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
