package org.yulu.card;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font family cards are drawn in and, for each character it has no glyph for (an emoji, a rare symbol), the
 * first other installed font that has one. A character no installed font can draw is left out of the card rather
 * than drawn as an empty box. Text is measured and drawn the same way, run by run, so what was measured to fit is
 * what is drawn.
 */
final class CardTypeface {

    private final Font family;
    private final List<Font> others;
    private final Map<Integer, Optional<Font>> fallbacks = new ConcurrentHashMap<>();
    private final Map<Long, Font> sized = new ConcurrentHashMap<>();

    /**
     * @param family a font of the family to draw in, of any size and style
     * @param others other installed fonts, in the order they are tried for a character the family lacks
     */
    CardTypeface(Font family, List<Font> others) {
        this.family = family.deriveFont(Font.PLAIN, 1f);
        this.others = List.copyOf(others);
    }

    String familyName() {
        return family.getFamily();
    }

    /** A piece of text drawn in one font. */
    record Run(String text, Font font) {
    }

    /**
     * The text as a card can draw it: lines end in {@code \n} with at most one blank line between paragraphs,
     * spaces are single, and control characters, invisible joiners and selectors, and characters no installed font
     * draws are left out.
     */
    String drawable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(c -> {
            if (c == '\n') {
                kept.append('\n');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (!invisible(c) && fontFor(c).isPresent()) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString().replaceAll(" {2,}", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** The text in runs of one font each; every character in it must be {@link #drawable}. */
    List<Run> runs(String text, int style, float size) {
        List<Run> runs = new ArrayList<>();
        Font current = null;
        int start = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            Font font = fontFor(text.codePointAt(i)).orElse(family);
            if (font != current) {
                if (current != null) {
                    runs.add(new Run(text.substring(start, i), sized(current, style, size)));
                }
                current = font;
                start = i;
            }
        }
        if (current != null) {
            runs.add(new Run(text.substring(start), sized(current, style, size)));
        }
        return runs;
    }

    /** How wide the text is when drawn with {@link #draw} in this context. */
    double width(String text, int style, float size, FontRenderContext context) {
        double width = 0;
        for (Run run : runs(text, style, size)) {
            width += run.font().getStringBounds(run.text(), context).getWidth();
        }
        return width;
    }

    /** Draws the text from {@code x} on the baseline {@code y}. */
    void draw(Graphics2D g, String text, int style, float size, float x, float y) {
        for (Run run : runs(text, style, size)) {
            g.setFont(run.font());
            g.drawString(run.text(), x, y);
            x += (float) run.font().getStringBounds(run.text(), g.getFontRenderContext()).getWidth();
        }
    }

    /** The family's font in a style and size, for its line metrics. */
    Font font(int style, float size) {
        return sized(family, style, size);
    }

    private Optional<Font> fontFor(int c) {
        if (family.canDisplay(c)) {
            return Optional.of(family);
        }
        return fallbacks.computeIfAbsent(c, missing -> others.stream().filter(f -> f.canDisplay(missing)).findFirst());
    }

    private Font sized(Font font, int style, float size) {
        if (font != family) {
            return font.deriveFont(style, size);
        }
        long key = ((long) Float.floatToIntBits(size) << 2) | style;
        return sized.computeIfAbsent(key, k -> font.deriveFont(style, size));
    }

    /** Characters that show nothing themselves or only change the one before: joiners, selectors, skin tones, tags. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x1F3FB && c <= 0x1F3FF);
    }
}
