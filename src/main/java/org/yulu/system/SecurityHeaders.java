package org.yulu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The site is read-only and has no inline script: every response, errors included, says so to the browser.
 * Requests other than GET and HEAD are refused before they reach any controller, and the H2 console is never
 * served, even if someone enables it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Embeddable cards are meant to be framed by any site; nothing else may be. */
    static final String EMBEDDABLE_PREFIX = "/embed/";
    static final String EMBEDDABLE_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
            "frame-ancestors *");
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String ALLOWED_METHODS = "GET, HEAD";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private final JsonMapper json;

    SecurityHeaders(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        apply(response, path);
        if (path.equals("/h2-console") || path.startsWith("/h2-console/")) {
            refuse(request, response, HttpStatus.NOT_FOUND, "There is no page at " + path + ".");
            return;
        }
        if (!READ_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOWED_METHODS);
            refuse(request, response, HttpStatus.METHOD_NOT_ALLOWED, onlyRead(path, request.getMethod()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** What a request that would change something is told, wherever it is refused. */
    static String onlyRead(String path, String method) {
        return "Yulu can only be read: " + path + " accepts GET and HEAD, not " + method + ".";
    }

    /** @param path the request's path within the site */
    static void apply(HttpServletResponse response, String path) {
        boolean embeddable = path.startsWith(EMBEDDABLE_PREFIX);
        response.setHeader("Content-Security-Policy", embeddable ? EMBEDDABLE_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        if (!embeddable) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

    /** Error responses are dispatched again; they must carry the headers too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(),
                    new ApiError(status.value(), status.getReasonPhrase(), message, request.getRequestURI()));
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(message);
        }
    }
}
