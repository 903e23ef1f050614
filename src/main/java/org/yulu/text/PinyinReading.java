package org.yulu.text;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Toneless pinyin of folded text, character by character, and Latin letters read back as syllables or initials.
 * Readings come from houbb's pinyin dictionary, which reads polyphones by the word they stand in (银行 yinhang, 长期
 * changqi).
 */
public final class PinyinReading {

    /**
     * Every toneless syllable some character reads as, from the dictionary itself rather than a list of our own, but
     * the interjections without a vowel (嗯 n, 呣 m): as syllables they would cut xian into xia n.
     */
    private static final Set<String> SYLLABLES = syllables();
    /** More ways to cut one string of letters than anyone means; each is a query of its own. */
    private static final int MAX_CUTS = 6;
    private static final int LONGEST_SYLLABLE = 6;

    private PinyinReading() {
    }

    /**
     * The readings of each char of the text, in order: none for what is not a Han character. A polyphone whose
     * reading in its word differs from its reading alone was read by a word the dictionary knows and keeps that
     * reading; any other polyphone gets all of its readings, its word's first.
     */
    public static List<List<String>> of(String text) {
        List<List<String>> readings = new ArrayList<>(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isHan(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                readings.add(List.of());
                i++;
                continue;
            }
            readings.addAll(ofHanRun(text.substring(i, end)));
            i = end;
        }
        return readings;
    }

    private static List<List<String>> ofHanRun(String run) {
        String[] inWords = PinyinHelper.toPinyin(run, PinyinStyleEnum.NORMAL, "|").split("\\|", -1);
        List<List<String>> readings = new ArrayList<>(run.length());
        for (int k = 0; k < run.length(); k++) {
            List<String> alone = alone(run.charAt(k));
            // the dictionary's cut should give a syllable per character; where it does not, each is read alone
            String inWord = inWords.length == run.length() ? inWords[k].strip() : alone.isEmpty() ? "" : alone.get(0);
            if (alone.size() < 2 || !alone.get(0).equals(inWord)) {
                readings.add(SYLLABLES.contains(inWord) ? List.of(inWord) : alone);
            } else {
                Set<String> all = new LinkedHashSet<>();
                all.add(inWord);
                all.addAll(alone);
                readings.add(List.copyOf(all));
            }
        }
        return readings;
    }

    /** The first reading of each Han character of a word, joined by spaces; null when one is not Han. */
    public static String ofWord(String word) {
        List<List<String>> readings = of(word);
        List<String> first = new ArrayList<>();
        for (List<String> reading : readings) {
            if (reading.isEmpty()) {
                return null;
            }
            first.add(reading.get(0));
        }
        return String.join(" ", first);
    }

    /** The initial letters of a spaced reading: {@code hu cheng he} → {@code hch}. */
    public static String initials(String spaced) {
        StringBuilder initials = new StringBuilder();
        for (String syllable : spaced.split(" ")) {
            if (!syllable.isEmpty()) {
                initials.append(syllable.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * The ways to read letters as whole syllables, at most a few, fewest syllables first: {@code ChuangXin} →
     * [chuang, xin]; none when some letter cannot belong to a syllable (follow, AGI).
     */
    public static List<List<String>> syllablesOf(String letters) {
        String lower = letters.toLowerCase(Locale.ROOT);
        List<List<String>> cuts = new ArrayList<>();
        if (!lower.isEmpty() && lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            cut(lower, 0, new ArrayList<>(), cuts);
        }
        cuts.sort((a, b) -> a.size() - b.size());
        return cuts;
    }

    private static void cut(String letters, int from, List<String> so, List<List<String>> cuts) {
        if (cuts.size() == MAX_CUTS) {
            return;
        }
        if (from == letters.length()) {
            cuts.add(List.copyOf(so));
            return;
        }
        for (int end = Math.min(letters.length(), from + LONGEST_SYLLABLE); end > from; end--) {
            String syllable = letters.substring(from, end);
            if (SYLLABLES.contains(syllable)) {
                so.add(syllable);
                cut(letters, end, so, cuts);
                so.remove(so.size() - 1);
            }
        }
    }

    /**
     * Whether letters can be typed initials: consonants alone. Syllables that begin with a vowel (爱, 而) are too few
     * to be worth reading an English word such as Llama as initials.
     */
    public static boolean canBeInitials(String letters) {
        String lower = letters.toLowerCase(Locale.ROOT);
        return !lower.isEmpty() && lower.chars().allMatch(c -> c >= 'a' && c <= 'z' && "aeiouv".indexOf(c) < 0);
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c);
    }

    private static List<String> alone(char c) {
        List<String> readings = new ArrayList<>();
        for (String reading : PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL)) {
            String syllable = reading.strip().toLowerCase(Locale.ROOT);
            if (!syllable.isEmpty() && !readings.contains(syllable)) {
                readings.add(syllable);
            }
        }
        return readings;
    }

    private static Set<String> syllables() {
        Set<String> syllables = new HashSet<>();
        for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
            for (String syllable : alone(c)) {
                if (syllable.chars().allMatch(l -> l >= 'a' && l <= 'z')
                        && syllable.chars().anyMatch(l -> "aeiouv".indexOf(l) >= 0)) {
                    syllables.add(syllable);
                }
            }
        }
        return Set.copyOf(syllables);
    }
}
