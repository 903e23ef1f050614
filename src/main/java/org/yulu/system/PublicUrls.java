package org.yulu.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses for links shared outside the site, on the configured public base URL if there is one. */
@Component
public class PublicUrls {

    private final String baseUrl;

    PublicUrls(YuluProperties properties) {
        String configured = properties.publicBaseUrl();
        this.baseUrl = configured == null || configured.isBlank() ? null : configured.strip().replaceAll("/+$", "");
    }

    /** The absolute URL of a site path such as {@code /quotes/x-1}. */
    public String absolute(String path) {
        String base = baseUrl != null ? baseUrl : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return base + path;
    }
}
