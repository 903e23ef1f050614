package org.yulu.system;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * Costly work refused for now: the client asked for it more often than it may (429), or the server's threads for it
 * are all busy (503). It may ask again after {@link #retryAfterSeconds()}.
 */
public class TryAgainLaterException extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;
    private final String code;

    /**
     * @param status  429 or 503
     * @param message the English message API clients read, saying when to try again
     * @param code    the same message in messages*.properties, given the seconds (a number) as its one argument
     */
    public TryAgainLaterException(int status, String message, long retryAfterSeconds, String code) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(code, new Object[]{retryAfterSeconds}, getMessage(), locale);
    }
}
