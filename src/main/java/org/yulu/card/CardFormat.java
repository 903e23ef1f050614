package org.yulu.card;

import java.util.Arrays;
import java.util.Optional;

/** The two shapes of card: a wide one that link previews show, and a tall one to save and post, with a QR code. */
public enum CardFormat {

    /** The 1.91:1 picture OpenGraph and X previews expect. */
    WIDE(1200, 630, ""),
    /** A 3:4 picture, as posts on phones show them whole. */
    TALL(1080, 1440, "-tall");

    private final int width;
    private final int height;
    private final String suffix;

    CardFormat(int width, int height, String suffix) {
        this.width = width;
        this.height = height;
        this.suffix = suffix;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The card's file name for an item: {@code {id}.png} or {@code {id}-tall.png}. */
    String fileName(String itemId) {
        return itemId + suffix + ".png";
    }

    /** The format a file name asks for, and the item id before it; ids end in a digit, so a suffix cannot clash. */
    static Optional<CardFormat> of(String fileName) {
        if (!fileName.endsWith(".png")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - ".png".length());
        return Arrays.stream(values()).filter(f -> !f.suffix.isEmpty() && stem.endsWith(f.suffix)).findFirst()
                .or(() -> Optional.of(WIDE));
    }

    /** The item id a file name of this format names. */
    String itemId(String fileName) {
        return fileName.substring(0, fileName.length() - suffix.length() - ".png".length());
    }
}
