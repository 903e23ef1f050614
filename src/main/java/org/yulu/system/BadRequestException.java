package org.yulu.system;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.Locale;

/** A request whose parameters cannot be served; the message tells the client what to send instead. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequestException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    /** A message for API clients only; pages show it as it is. */
    public BadRequestException(String message) {
        this(message, null);
    }

    /**
     * @param message the English message API clients read
     * @param code    the key of the same message in messages*.properties, which pages show in the reader's language
     */
    public BadRequestException(String message, String code, Object... args) {
        super(message);
        this.code = code;
        this.args = args;
    }

    /** The message in the reader's language, or the English one where no translation was given. */
    public String message(MessageSource messages, Locale locale) {
        return code == null ? getMessage() : messages.getMessage(code, args, getMessage(), locale);
    }
}
