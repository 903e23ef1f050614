package org.yulu.check;

import org.yulu.text.TextFolding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote as people paste it, read apart: the speaker it is attributed to, before ({@code 梁文锋说：}, {@code 梁文锋：},
 * {@code 梁文锋曾说}) or after ({@code ——梁文锋}, {@code （梁文锋）}), and its words, cut where an ellipsis marks an
 * omission. A name with a bare colon or no punctuation is taken only when the corpus knows the speaker, since
 * {@code 创新：} looks just like {@code 梁文锋：}. Quotation marks and other punctuation stay in the words; comparison folds them away.
 *
 * @param claimedSpeaker the name as written, or null when the text names nobody
 * @param words          the text without the attribution
 * @param parts          the words cut at each ellipsis, empty parts left out
 */
public record PastedText(String claimedSpeaker, String words, List<String> parts) {

    private static final String SAYS = "(?:曾经说过|曾经说|曾说过|曾經說過|曾經說|曾說過|曾说|曾說|说过|說過|说道|說道|表示|说|說|讲|講)";
    private static final String NAME = "([\\p{IsHan}·•A-Za-z][\\p{IsHan}·• A-Za-z.]{0,15}?)";
    private static final Pattern BEFORE_COLON = Pattern.compile("^\\s*" + NAME + "\\s*(" + SAYS + ")?\\s*[:：]\\s*");
    private static final Pattern BEFORE_QUOTE = Pattern.compile("^\\s*" + NAME + "\\s*" + SAYS
            + "\\s*[,，]?\\s*(?=[“「『\"'‘])");
    private static final Pattern BEFORE_BARE = Pattern.compile("^\\s*" + NAME + SAYS + "\\s*[,，]?\\s*");
    private static final Pattern AFTER = Pattern.compile("\\s*(?:[—－–\\-~～]{1,4}\\s*" + NAME
            + "|[（(]\\s*" + NAME + "\\s*[)）])\\s*[。.]?\\s*$");
    private static final Pattern ELLIPSIS = Pattern.compile("…+|⋯+|\\.{2,}|。{2,}|．{2,}|·{3,}|・{3,}");
    /** A name that is not a known speaker must look like one: a few characters, no pronoun. */
    private static final Pattern LIKE_A_NAME = Pattern.compile("[\\p{IsHan}·•]{2,5}|[A-Za-z]+(?:[ .]+[A-Za-z]+)+");
    private static final Pattern PRONOUN = Pattern.compile("[我你您他她它们們这這那咱大家有人]");
    /** Labels that open a line as a name does, but name a role or a part of a page, never a speaker. */
    private static final Set<String> NOT_NAMES = Set.of("记者", "記者", "主持人", "采访者", "採訪者", "网友", "網友", "原文",
            "译文", "譯文", "摘要", "备注", "備註", "编者按", "編者按", "来源", "來源", "出处", "出處", "问题", "問題", "回答", "答案");

    /** Reads {@code text}; a name is taken for a speaker when it is one of {@code speakers} or looks like a name. */
    public static PastedText read(String text, Collection<String> speakers) {
        String words = text.strip();
        String claimed = null;
        Matcher after = AFTER.matcher(words);
        if (after.find()) {
            String name = after.group(1) != null ? after.group(1) : after.group(2);
            String before = words.substring(0, after.start());
            if (isName(name, speakers, false) && !TextFolding.lettersOnly(before).isEmpty()) {
                claimed = name.strip();
                words = before.strip();
            }
        }
        if (claimed == null) {
            for (Pattern before : List.of(BEFORE_COLON, BEFORE_QUOTE, BEFORE_BARE)) {
                Matcher m = before.matcher(words);
                if (!m.find()) {
                    continue;
                }
                // "创新：" opens a line as "梁文锋：" does: a bare colon names only a known speaker
                boolean knownOnly = before == BEFORE_BARE || before == BEFORE_COLON && m.group(2) == null;
                if (isName(m.group(1), speakers, knownOnly)
                        && !TextFolding.lettersOnly(words.substring(m.end())).isEmpty()) {
                    claimed = m.group(1).strip();
                    words = words.substring(m.end()).strip();
                    break;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (String part : ELLIPSIS.split(words)) {
            if (!TextFolding.lettersOnly(part).isEmpty()) {
                parts.add(part);
            }
        }
        return new PastedText(claimed, words, List.copyOf(parts));
    }

    /** Whether an omission is marked: the words are cut into more than one part. */
    public boolean marksOmissions() {
        return parts.size() > 1;
    }

    /** A bare "梁文锋说" with no colon or quotation mark is taken only for a known speaker. */
    private static boolean isName(String candidate, Collection<String> speakers, boolean knownOnly) {
        String name = candidate.strip();
        if (NOT_NAMES.contains(name)) {
            return false;
        }
        String folded = TextFolding.fold(name);
        for (String speaker : speakers) {
            if (TextFolding.fold(speaker).equals(folded)) {
                return true;
            }
        }
        return !knownOnly && LIKE_A_NAME.matcher(name).matches() && !PRONOUN.matcher(name).find();
    }
}
