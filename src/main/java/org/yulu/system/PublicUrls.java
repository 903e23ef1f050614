package org.yulu.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the site lives for readers outside it, for links shared outside the site (OpenGraph, feed, sitemap):
 * {@code yulu.public-base-url} when set, or the address the current request came to.
 */
@Component
public class PublicUrls {

    private final String configured;

    PublicUrls(YuluProperties properties) {
        String base = properties.publicBaseUrl();
        this.configured = base == null || base.isBlank() ? null : withoutTrailingSlash(base.strip());
    }

    /** The base without a trailing slash, so {@code base() + "/quotes/x"} is an absolute URL; needs a request. */
    public String base() {
        return configured != null ? configured
                : withoutTrailingSlash(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    /** The absolute URL of a site path such as {@code /quotes/x-1}. */
    public String absolute(String path) {
        return base() + path;
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
