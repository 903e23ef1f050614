package org.yulu.text;


import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into pieces, some of them marked (the words an item shares with another). Templates print each
 * piece with th:text, so the text is escaped like any other and only the {@code <mark>} around it is markup.
 */
public record MarkedText(List<Piece> pieces) {

    public record Piece(String text, boolean marked) {
    }

    /** {@code text} with the given sorted, non-overlapping ranges marked; ranges outside the text are cut to it. */
    public static MarkedText of(String text, List<TextRange> ranges) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (TextRange range : ranges) {
            int start = Math.max(at, Math.min(range.start(), text.length()));
            int end = Math.max(start, Math.min(range.end(), text.length()));
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), false));
            }
            if (end > start) {
                pieces.add(new Piece(text.substring(start, end), true));
            }
            at = end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return new MarkedText(pieces);
    }
}
