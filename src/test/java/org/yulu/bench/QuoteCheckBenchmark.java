package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.yulu.check.JudgedChecks;
import org.yulu.check.QuoteCheck;
import org.yulu.check.SeedCheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The quote check's latency on its judged set (docs/benchmarks.md, "Quote check"). Not a test:
 * {@code ./mvnw -o -Pbench test -Dtest=QuoteCheckBenchmark}, lines starting with {@code BENCH}.
 */
class QuoteCheckBenchmark {

    private static final int ROUNDS = 30;

    @Test
    void latencyOnTheJudgedSet() {
        QuoteCheck check = SeedCheck.get();
        List<JudgedChecks> judged = JudgedChecks.all();
        for (int warm = 0; warm < 5; warm++) {
            judged.forEach(j -> check.check(j.text()));
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (JudgedChecks j : judged) {
                long start = System.nanoTime();
                check.check(j.text());
                nanos.add(System.nanoTime() - start);
            }
        }
        report("judged set (" + judged.size() + " texts x " + ROUNDS + ")", nanos);

        // the longest text accepted: every judged text joined and cut at the limit
        String longest = String.join("", Collections.nCopies(10, String.join("", judged.stream()
                .map(JudgedChecks::text).toList()))).substring(0, QuoteCheck.MAX_LENGTH);
        List<Long> longNanos = new ArrayList<>();
        for (int round = 0; round < ROUNDS * 2; round++) {
            long start = System.nanoTime();
            check.check(longest);
            longNanos.add(System.nanoTime() - start);
        }
        report("1,000 characters (x " + ROUNDS * 2 + ")", longNanos);
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("BENCH quote check, %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
