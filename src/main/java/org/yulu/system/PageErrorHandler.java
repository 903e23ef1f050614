package org.yulu.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;

/**
 * Failures on HTML pages answer with a page in the site's layout (with the search box), never with exception
 * text. Ordered after {@link ApiErrorHandler}, which claims the {@code @RestController}s first; limited to our
 * package so that Spring Boot's own error controller keeps answering for failures it handles.
 */
@ControllerAdvice(basePackages = "org.yulu")
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    private final MessageSource messages;

    PageErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView page = page("error/404", HttpStatus.NOT_FOUND);
        if (e instanceof PageOutOfRangeException past) {
            page.addObject("pages", past.pages());
            page.addObject("lastPage", past.lastPage());
        }
        return page;
    }

    /** Our own messages say what to send instead, so the reader sees them. */
    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, Locale locale) {
        ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
        page.addObject("message", e.message(messages, locale));
        return page;
    }

    @ExceptionHandler(TryAgainLaterException.class)
    ModelAndView later(TryAgainLaterException e, Locale locale, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        ModelAndView page = page("error/later", HttpStatus.valueOf(e.status()));
        page.addObject("message", e.message(messages, locale));
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return page("error", response.getStatusCode());
        }
        log.error("Page {} failed", request.getRequestURI(), e);
        return page("error", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** An error page echoes nothing of the address asked for, so it links no other language of it either. */
    static ModelAndView page(String view, HttpStatusCode status) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        HttpStatus known = HttpStatus.resolve(status.value());
        page.addObject("reason", known == null ? "" : known.getReasonPhrase());
        return page;
    }
}
