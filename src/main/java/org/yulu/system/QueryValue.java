package org.yulu.system;

/** A query-string value as a reader typed it: a blank one asks for nothing. */
public final class QueryValue {

    private QueryValue() {
    }

    /** The value without surrounding white space, or null when it is missing or blank. */
    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
