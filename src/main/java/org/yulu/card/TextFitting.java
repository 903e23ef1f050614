package org.yulu.card;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into a box by stepping its font size down from the largest to the smallest; text that does not fit
 * even at the smallest is cut at the end of a sentence (failing that, of a clause or anywhere) and ends in "…".
 * Measures with the typeface and the rendering context the card is drawn with.
 */
final class TextFitting {

    static final String ELLIPSIS = "…";
    private static final String SENTENCE_ENDS = "。！？!?…";
    private static final String CLAUSE_ENDS = "，、；：,;:";
    /** Closing quotes and brackets stay with the sentence they end. */
    private static final String CLOSERS = "」』）》”’)]\"'";
    /** Latin letters are about half an em wide: a text longer than this many boxes full is cut before it is set. */
    private static final int ROUGH_CUT_BOXES = 3;

    private final CardTypeface face;
    private final FontRenderContext context;

    TextFitting(CardTypeface face, FontRenderContext context) {
        this.face = face;
        this.context = context;
    }

    /** The size a step apart from {@code largest} down to {@code smallest} at which the text fits the box. */
    FittedText fit(String text, int style, double width, double height, float largest, float smallest, float step,
            float leading) {
        List<Float> sizes = new ArrayList<>();
        for (float size = largest; size >= smallest; size -= step) {
            sizes.add(size);
        }
        // Best at a size where no word is cut; failing that, where the lines at least fit.
        FittedText best = largestThatFits(text, style, width, height, sizes, leading, true);
        if (best == null) {
            best = largestThatFits(text, style, width, height, sizes, leading, false);
        }
        return best != null ? best : cut(text, style, width, height, smallest, leading);
    }

    private FittedText largestThatFits(String text, int style, double width, double height, List<Float> sizes,
            float leading, boolean wordsWhole) {
        int low = 0;
        int high = sizes.size() - 1;
        FittedText best = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            float size = sizes.get(middle);
            boolean fits = (!wordsWhole || LineBreaker.widestUnit(text, piece -> face.width(piece, style, size,
                    context)) <= width);
            FittedText set = fits ? set(text, style, size, width, leading, false) : null;
            if (set != null && set.height() <= height) {
                best = set;
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return best;
    }

    /** The text broken into lines no wider than {@code width} at one size. */
    FittedText set(String text, int style, float size, double width, float leading, boolean cut) {
        LineMetrics metrics = face.font(style, size).getLineMetrics(CardFonts.CHINESE_SAMPLE, context);
        List<String> lines = text.isEmpty() ? List.of()
                : LineBreaker.lines(text, piece -> face.width(piece, style, size, context), width);
        return new FittedText(style, size, lines, size * leading, metrics.getAscent(), metrics.getDescent(), cut);
    }

    /** How tall so many lines are at one size. */
    double height(int lines, int style, float size, float leading) {
        LineMetrics metrics = face.font(style, size).getLineMetrics(CardFonts.CHINESE_SAMPLE, context);
        return (lines - 1) * size * leading + metrics.getAscent() + metrics.getDescent();
    }

    /** The longest start of the text that fits at the smallest size with "…" after it. */
    private FittedText cut(String text, int style, double width, double height, float size, float leading) {
        String rough = roughCut(text, width, height, size);
        List<List<Integer>> cuts = List.of(ends(rough, SENTENCE_ENDS), ends(rough, CLAUSE_ENDS), everyCharacter(rough));
        for (List<Integer> ends : cuts) {
            int low = 0;
            int high = ends.size() - 1;
            FittedText best = null;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                FittedText set = set(withEllipsis(rough.substring(0, ends.get(middle))), style, size, width, leading,
                        true);
                if (set.height() <= height) {
                    best = set;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return set(ELLIPSIS, style, size, width, leading, true);
    }

    /** Only as much of a very long text as could ever fit, so that cutting it does not set all of it. */
    private static String roughCut(String text, double width, double height, float size) {
        int fits = (int) (width / size * (height / size)) * ROUGH_CUT_BOXES;
        return text.codePointCount(0, text.length()) <= fits ? text
                : text.substring(0, text.offsetByCodePoints(0, fits));
    }

    private static String withEllipsis(String start) {
        String kept = start.strip();
        return kept.endsWith(ELLIPSIS) ? kept : kept + ELLIPSIS;
    }

    /** Where the text may be cut: after each of these marks and the closing quotes after it. */
    private static List<Integer> ends(String text, String marks) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                boolean runGoesOn = end < text.length() && marks.indexOf(text.charAt(end)) >= 0;
                if (end < text.length() && !runGoesOn) {
                    ends.add(end);
                }
            }
        }
        return ends;
    }

    private static List<Integer> everyCharacter(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
                ends.add(i);
            }
        }
        return ends;
    }
}
