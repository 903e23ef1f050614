package org.yulu.system;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers what Tomcat refuses by itself, before any filter or controller runs (an address with an encoded slash,
 * a NUL or a broken escape; a TRACE request): a reader gets a short page in the site's words that says what was
 * wrong, an API client an {@link ApiError}, instead of Tomcat's bare status page.
 */
final class ServerErrorReport extends ErrorReportValve {

    static final String MALFORMED = "This address cannot be read: it holds an encoded slash or backslash, a NUL, "
            + "a dot segment or a broken %-escape, which no Yulu address has.";

    private final MessageSource messages;
    private final JsonMapper json;

    ServerErrorReport(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        String path = String.valueOf(request.getRequestURI());
        String message = status == 405 ? SecurityHeaders.onlyRead(path, request.getMethod())
                : status == 400 ? MALFORMED : "The server refused this request (" + status + ").";
        boolean api = path.startsWith("/api/");
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? json.writeValueAsString(new ApiError(status, reason(status), message, path))
                        : page(message));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was closed meanwhile: nothing left to tell it
        }
    }

    private String page(String message) {
        String title = text("error.400.title");
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + title + " · " + text("site.name") + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/yulu.css\"/></head>\n<body>\n<main id=\"main\" class=\"error\">"
                + "<h1>" + title + "</h1><p class=\"message\" lang=\"en\">" + HtmlUtils.htmlEscape(message, "UTF-8")
                + "</p><p><a href=\"/\">" + text("error.home") + "</a></p></main>\n</body>\n</html>\n";
    }

    private String text(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE), "UTF-8");
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 405 -> "Method Not Allowed";
            default -> "Error";
        };
    }
}
