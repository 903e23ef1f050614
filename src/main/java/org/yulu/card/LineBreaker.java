package org.yulu.card;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a width, as Chinese is set: a line may break between any two Han characters,
 * but never before closing punctuation (no line starts with 。，、；：？！」』）》 or their kin) and never after opening
 * punctuation (no line ends with 「『（《); Latin words and numbers break only at spaces, after a hyphen or at their
 * edges, unless one is wider than a whole line. A newline in the text always breaks. Pure: the caller says how wide
 * a piece of text is.
 */
final class LineBreaker {

    /** May not start a line: closing brackets and quotes, pauses and stops, in both widths, and ellipses and dashes. */
    static final String NO_LINE_START = "。，、；：？！」』）》〉】〕〗〙〛｝］｠”’»›.,;:?!)]}%‰…‥—～・·ー";
    /** May not end a line: opening brackets and quotes in both widths. */
    static final String NO_LINE_END = "「『（《〈【〔〖〘〚｛［｟“‘«‹([{";
    /** Inside a Latin word or number these keep it whole: don't, e-mail, 3.5, C++, a/b, snake_case. */
    private static final String WORD_JOINERS = "'’-.+_/&#@";
    /** A hyphenated word breaks after its hyphen only between parts at least this long. */
    private static final int SHORTEST_PART = 4;

    private LineBreaker() {
    }

    /** The lines of {@code text}, each at most {@code maxWidth} wide where a line break allows it. */
    static List<String> lines(String text, ToDoubleFunction<String> width, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, width, maxWidth, lines);
        }
        return lines;
    }

    private static void breakParagraph(String paragraph, ToDoubleFunction<String> width, double maxWidth,
            List<String> all) {
        List<String> lines = new ArrayList<>();
        fill(paragraph, width, maxWidth, lines);
        avoidALoneLastPiece(lines, width, maxWidth);
        all.addAll(lines);
    }

    /** A paragraph does not end in a line of one character alone when the line before can give it another. */
    private static void avoidALoneLastPiece(List<String> lines, ToDoubleFunction<String> width, double maxWidth) {
        int last = lines.size() - 1;
        if (last < 1 || units(lines.get(last)).size() != 1
                || lines.get(last).codePoints().filter(Character::isLetterOrDigit).count() != 1) {
            return;
        }
        List<String> before = units(lines.get(last - 1));
        if (before.size() < 3) {
            return;
        }
        String moved = before.get(before.size() - 1);
        String lastLine = (moved + lines.get(last)).strip();
        if (!moved.isBlank() && width.applyAsDouble(lastLine) <= maxWidth) {
            lines.set(last - 1, String.join("", before.subList(0, before.size() - 1)).strip());
            lines.set(last, lastLine);
        }
    }

    private static void fill(String paragraph, ToDoubleFunction<String> width, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String unit : units(paragraph)) {
            if (!line.toString().isBlank() && width.applyAsDouble((line + unit).stripTrailing()) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            if (line.toString().isBlank()) {
                line.setLength(0);
                line.append(unit.isBlank() ? "" : unit);
                if (width.applyAsDouble(line.toString()) > maxWidth) {
                    splitOverlong(line.toString(), width, maxWidth, lines, line);
                }
            } else {
                line.append(unit);
            }
        }
        lines.add(line.toString().strip());
    }

    /** A unit wider than a whole line (a long URL, a run of punctuation) is cut where it must; its end stays open. */
    private static void splitOverlong(String unit, ToDoubleFunction<String> width, double maxWidth,
            List<String> lines, StringBuilder rest) {
        int start = 0;
        int end = 0;
        while (end < unit.length()) {
            int next = unit.offsetByCodePoints(end, 1);
            if (end > start && width.applyAsDouble(unit.substring(start, next).strip()) > maxWidth) {
                int cut = end;
                while (cut > start + 1 && !mayBreakAt(unit, cut)) {
                    cut = unit.offsetByCodePoints(cut, -1);
                }
                lines.add(unit.substring(start, cut).strip());
                start = cut;
            }
            end = next;
        }
        rest.setLength(0);
        rest.append(unit.substring(start).strip());
    }

    /** Whether a cut at {@code i} leaves closing punctuation to start a line or opening punctuation to end one. */
    private static boolean mayBreakAt(String text, int i) {
        String after = text.substring(i).stripLeading();
        String before = text.substring(0, i).stripTrailing();
        return (after.isEmpty() || NO_LINE_START.indexOf(after.codePointAt(0)) < 0)
                && (before.isEmpty() || NO_LINE_END.indexOf(before.codePointBefore(before.length())) < 0);
    }

    /**
     * The pieces a line may break between: a Han character, a Latin word or number, or a space, each with the
     * opening punctuation before it and the closing punctuation after it held on.
     */
    static List<String> units(String paragraph) {
        List<String> units = new ArrayList<>();
        StringBuilder opening = new StringBuilder();
        int doubleQuotes = 0;
        int i = 0;
        while (i < paragraph.length()) {
            int end = atomEnd(paragraph, i);
            String atom = paragraph.substring(i, end);
            int c = atom.codePointAt(0);
            boolean opens = NO_LINE_END.indexOf(c) >= 0 || (c == '"' && doubleQuotes++ % 2 == 0);
            boolean closes = !opens && (NO_LINE_START.indexOf(c) >= 0 || c == '"');
            if (opens) {
                opening.append(atom);
            } else if (closes && !units.isEmpty() && opening.isEmpty()) {
                holdOnToPrevious(units, atom);
            } else if (Character.isWhitespace(c)) {
                if (!opening.isEmpty()) {
                    units.add(opening.toString());
                    opening.setLength(0);
                }
                units.add(" ");
            } else {
                units.add(opening + atom);
                opening.setLength(0);
            }
            i = end;
        }
        if (!opening.isEmpty()) {
            if (units.isEmpty()) {
                units.add(opening.toString());
            } else {
                holdOnToPrevious(units, opening.toString());
            }
        }
        return units;
    }

    /** Closing punctuation joins the piece before it, across a space if need be, so it never starts a line. */
    private static void holdOnToPrevious(List<String> units, String closing) {
        int last = units.size() - 1;
        if (units.get(last).isBlank() && last > 0) {
            units.remove(last);
            last--;
            closing = " " + closing;
        }
        units.set(last, units.get(last) + closing);
    }

    /** Where the atom starting at {@code i} ends: a whole word, a run of spaces, or one character with its marks. */
    private static int atomEnd(String text, int i) {
        int c = text.codePointAt(i);
        int end = i + Character.charCount(c);
        if (Character.isWhitespace(c)) {
            while (end < text.length() && Character.isWhitespace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            return end;
        }
        if (isWordCharacter(c)) {
            while (end < text.length()) {
                int next = text.codePointAt(end);
                int after = end + Character.charCount(next);
                boolean joins = WORD_JOINERS.indexOf(next) >= 0 && after < text.length()
                        && isWordCharacter(text.codePointAt(after));
                if (!isWordCharacter(next) && !isMark(next) && !joins) {
                    break;
                }
                end = after;
                if (next == '-' && joins && end - i > SHORTEST_PART && wordCharactersFrom(text, end) >= SHORTEST_PART) {
                    break; // a compound may break after its hyphen, as Latin text does; know-how stays whole
                }
            }
            return end;
        }
        while (end < text.length() && isMark(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static int wordCharactersFrom(String text, int start) {
        int end = start;
        while (end < text.length() && isWordCharacter(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end - start;
    }

    /** The widest piece the text holds, which a line must hold whole for no word to be cut. */
    static double widestUnit(String text, ToDoubleFunction<String> width) {
        double widest = 0;
        for (String paragraph : text.split("\n")) {
            for (String unit : units(paragraph)) {
                widest = Math.max(widest, width.applyAsDouble(unit.strip()));
            }
        }
        return widest;
    }

    /** Letters and digits of scripts written with spaces between words; Han and kana break anywhere. */
    private static boolean isWordCharacter(int c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.BOPOMOFO
                && script != Character.UnicodeScript.YI;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
