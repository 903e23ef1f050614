package org.yulu.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server answers when nothing else did (an unknown path, a refused method): a page in the site's layout
 * for any path a reader might open, also to clients that accept anything (curl sends *&#47;*); JSON for the API,
 * which programs read, and for a client that accepts JSON and no HTML.
 */
@Controller
class SiteErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            String message = status == HttpStatus.NOT_FOUND ? "There is nothing at " + path + "; see /v3/api-docs."
                    : "The request could not be served (" + status.value() + ").";
            return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message,
                    path));
        }
        if (wantsJsonOnly(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("path", path);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return PageErrorHandler.page(status == HttpStatus.NOT_FOUND ? "error/404" : "error", status);
    }

    private static boolean wantsJsonOnly(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        return accepted.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith)
                && accepted.stream().noneMatch(type -> type.isWildcardType() || MediaType.TEXT_HTML.includes(type));
    }
}
