package org.yulu.check;

import org.junit.jupiter.api.Test;
import org.yulu.corpus.Item;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged set over the two seeds, with the sentence model shipped: every verdict, traditional script,
 * attributions before and after, ellipsis joins, reordered clauses, invented sentences in the corpus's style and
 * misattributions between 梁文锋 and 北风.
 */
class JudgedChecksTest {

    @Test
    void everyJudgedTextGetsItsVerdictItsSourceAndItsAttribution() {
        List<String> wrong = new ArrayList<>();
        for (JudgedChecks judged : JudgedChecks.all()) {
            CheckResult result = SeedCheck.get().check(judged.text());
            String got = result.verdict().code() + " " + (result.found() ? result.matches().get(0).item().id() : null)
                    + " " + (result.found() ? result.matches().get(0).attribution().code() : "unknown") + " "
                    + result.claimedSpeaker();
            String wanted = judged.verdict().code() + " " + judged.item() + " " + judged.attribution().code() + " "
                    + judged.claimed();
            if (!got.equals(wanted)) {
                wrong.add(judged.text() + ": wanted " + wanted + ", got " + got);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(JudgedChecks.all()).hasSizeGreaterThanOrEqualTo(30)
                .extracting(JudgedChecks::verdict).contains(Verdict.values());
    }

    @Test
    void theBestMatchesDiffHasTheJudgedPieces() {
        for (JudgedChecks judged : JudgedChecks.all()) {
            CheckResult result = SeedCheck.get().check(judged.text());
            if (!result.found()) {
                continue;
            }
            List<DiffSegment> diff = result.matches().get(0).diff();
            if (judged.ops() != null) {
                assertThat(diff).as(judged.text()).extracting(DiffSegment::op).containsExactlyElementsOf(judged.ops());
            }
            assertThat(diff).as(judged.text()).containsAll(judged.segments());
        }
    }

    @Test
    void everyDiffsEqualAndDeletedPiecesAreTheItemsWordsExactly() {
        for (JudgedChecks judged : JudgedChecks.all()) {
            for (CheckedMatch match : SeedCheck.get().check(judged.text()).matches()) {
                Item item = match.item();
                assertThat(itemSide(match.diff())).as(judged.text() + " " + item.id()).isEqualTo(item.words());
            }
        }
    }

    @Test
    void whatWasNotFoundIsShownOnlyAsTheClosestThingsSaid() {
        for (JudgedChecks judged : JudgedChecks.all()) {
            CheckResult result = SeedCheck.get().check(judged.text());
            assertThat(result.matches()).as(judged.text()).hasSizeLessThanOrEqualTo(5);
            if (!result.found()) {
                assertThat(result.matches()).as(judged.text()).allSatisfy(m -> {
                    assertThat(m.verdict()).isEqualTo(Verdict.NOT_FOUND);
                    assertThat(m.attribution()).isEqualTo(Attribution.UNKNOWN);
                });
            } else {
                assertThat(result.matches()).as(judged.text()).allMatch(m -> m.verdict().found());
            }
        }
        assertThat(SeedCheck.get().check("红烧肉怎么做才好吃").matches()).isEmpty();
    }

    static String itemSide(List<DiffSegment> diff) {
        StringBuilder words = new StringBuilder();
        diff.stream().filter(s -> s.op() != DiffSegment.Op.INSERT).forEach(s -> words.append(s.text()));
        return words.toString();
    }
}
