package org.yulu.system;

/** A whole-number query parameter, checked against its bounds with a message that says what to send. */
public final class WholeNumberParam {

    private WholeNumberParam() {
    }

    /** The number in {@code value}, or {@code fallback} when it is missing or blank. */
    public static Integer parse(String name, String value, Integer fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String message = name + " must be a whole number from " + min + " to " + max;
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(message, "error.param.number", name, min, max);
        }
        if (n < min || n > max) {
            throw new BadRequestException(message + ", not " + n, "error.param.number.not", name, min, max, n);
        }
        return n;
    }
}
