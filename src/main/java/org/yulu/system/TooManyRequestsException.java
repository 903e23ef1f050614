package org.yulu.system;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** A client asked for costly work more often than it may; it may ask again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;
    private final String code;

    /**
     * @param message the English message API clients read, saying when to try again
     * @param code    the same message in messages*.properties, given the seconds as its one argument
     */
    public TooManyRequestsException(String message, long retryAfterSeconds, String code) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
        this.code = code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(code, new Object[]{String.valueOf(retryAfterSeconds)}, getMessage(), locale);
    }
}
