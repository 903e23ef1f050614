package org.yulu.check;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ItemKind;
import org.yulu.search.SourceCandidates;
import org.yulu.system.BadRequestException;
import org.yulu.system.FacetCount;
import org.yulu.text.CodePointFolding;
import org.yulu.text.TextFolding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a pasted quote against the corpus: reads its attribution and omissions, takes the items sharing most of
 * its characters or nearest it in meaning, compares each letter by letter and ranks them by verdict, then by
 * similarity.
 */
@Service
public class QuoteCheck {

    /** As many characters as a long paragraph; more is a document, not a quote. */
    public static final int MAX_LENGTH = 1000;
    /** Matches shown, best first. */
    static final int SHOWN = 5;
    /** Items compared letter by letter: a handful beyond those shown, since ranking by pairs is rough. */
    static final int CANDIDATES = 30;
    /**
     * The same meaning in other words: closeness in meaning plus half the share of words kept, since a paraphrase
     * keeps a few of the original's words and a sentence invented on the same topic keeps none. Chosen on the judged
     * set (src/test/resources/check/judged-checks.tsv) for the model shipped, between the two.
     */
    static final double PARAPHRASE = 0.78;
    /** A closest thing said is shown only when it is at least this near, in meaning or in shared words. */
    static final double CLOSEST = 0.55;
    private static final double ROUNDING = 1000;

    private final SourceCandidates candidates;
    private final Supplier<Collection<String>> speakers;

    @Autowired
    QuoteCheck(SourceCandidates candidates, CorpusItems items) {
        this(candidates, () -> speakersOf(items));
    }

    /** @param speakers everyone the corpus names, so a bare "梁文锋曾说" is read as an attribution */
    QuoteCheck(SourceCandidates candidates, Supplier<Collection<String>> speakers) {
        this.candidates = candidates;
        this.speakers = speakers;
    }

    /** @throws BadRequestException for a blank text, a longer one than {@link #MAX_LENGTH}, or control characters */
    public CheckResult check(String text) {
        String pasted = accepted(text);
        PastedText read = PastedText.read(pasted, speakers.get());
        CodePointFolding folding = new CodePointFolding();
        Letters words = Letters.of(read.words(), folding);
        if (words.length() == 0) {
            throw new BadRequestException("text has no letters or digits to check; send the words of a quote",
                    "error.check.noLetters");
        }
        List<Letters> parts = read.parts().stream().map(p -> Letters.of(p, folding)).toList();
        List<CheckedMatch> compared = new ArrayList<>();
        for (SourceCandidates.Candidate candidate : candidates.of(words.text(), CANDIDATES)) {
            Letters item = Letters.of(candidate.item().words(), folding);
            if (item.length() == 0) {
                continue;
            }
            Comparison c = Comparison.of(words, parts, item);
            double meaning = Double.isNaN(candidate.meaning()) ? 0 : candidate.meaning();
            Verdict verdict = c.verdict() != null ? c.verdict()
                    : meaning + c.share() / 2 >= PARAPHRASE ? Verdict.PARAPHRASE : Verdict.NOT_FOUND;
            double similarity = Math.round(Math.max(c.share(), meaning) * ROUNDING) / ROUNDING;
            Attribution attribution = verdict.found() ? attribution(read.claimedSpeaker(), candidate.item().speaker())
                    : Attribution.UNKNOWN;
            compared.add(new CheckedMatch(candidate.item(), verdict, similarity, attribution, c.diff()));
        }
        compared.sort(Comparator.comparing(CheckedMatch::verdict)
                .thenComparing(Comparator.comparingDouble(CheckedMatch::similarity).reversed()));
        boolean found = !compared.isEmpty() && compared.get(0).verdict().found();
        List<CheckedMatch> shown = compared.stream()
                .filter(m -> found ? m.verdict().found() : m.similarity() >= CLOSEST)
                .limit(SHOWN).toList();
        return new CheckResult(pasted, read.claimedSpeaker(), found ? shown.get(0).verdict() : Verdict.NOT_FOUND,
                shown);
    }

    /** Whether the model is there to find paraphrases now; until then only copies, whole or altered, are found. */
    public boolean findsParaphrases() {
        return candidates.byMeaning();
    }

    private static String accepted(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text is required: 1 to " + MAX_LENGTH + " characters of a quote",
                    "error.check.length", String.valueOf(MAX_LENGTH));
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new BadRequestException("text is too long: at most " + MAX_LENGTH + " characters",
                    "error.check.length", String.valueOf(MAX_LENGTH));
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new BadRequestException("text holds control characters; send plain text",
                    "error.check.control");
        }
        return text.strip();
    }

    /** Same when the names fold alike, or one holds the other (梁文锋 and DeepSeek创始人梁文锋). */
    static Attribution attribution(String claimed, String speaker) {
        if (claimed == null || speaker == null || speaker.isBlank()) {
            return Attribution.UNKNOWN;
        }
        String a = TextFolding.lettersOnly(claimed);
        String b = TextFolding.lettersOnly(speaker);
        return !a.isEmpty() && (a.contains(b) || b.contains(a)) ? Attribution.MATCHES : Attribution.MISMATCH;
    }

    private static Collection<String> speakersOf(CorpusItems items) {
        Set<String> names = new LinkedHashSet<>();
        for (ItemKind kind : ItemKind.values()) {
            items.speakerCounts(kind, null).stream().map(FacetCount::value).forEach(names::add);
        }
        return names;
    }
}
