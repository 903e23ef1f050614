package org.yulu.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the speaker a pasted text names is the one who said the matched item. */
public enum Attribution {
    MATCHES,
    MISMATCH,
    /** The text names nobody, the item names nobody, or nothing was matched. */
    UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
