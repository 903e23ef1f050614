package org.yulu.embed;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.system.YuluProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The item of the day over the seeds' items that stand alone, with the clock set by the test. */
@SpringBootTest
class DailyItemTest {

    /** The seeds' 62 items but the three that do not stand alone (an introduction and two transitional lines). */
    static final int QUOTABLE_SEED_ITEMS = 59;

    @Autowired
    CorpusItems items;
    @Autowired
    YuluProperties properties;

    @DynamicPropertySource
    static void ownData(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-daily-data")::toString);
    }

    DailyItem at(String instant) {
        return new DailyItem(items, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), properties);
    }

    String idAt(String instant) {
        DailyItem daily = at(instant);
        return daily.of(daily.today()).orElseThrow().item().id();
    }

    @Test
    void aDayIsTheSameItemFromMidnightToMidnightInShanghaiAndTheNextDayAnother() {
        // 2026-12-01 in Shanghai runs from 2026-11-30T16:00Z to 2026-12-01T16:00Z
        String first = idAt("2026-11-30T16:00:00Z");
        assertThat(idAt("2026-12-01T09:30:00Z")).isEqualTo(first);
        assertThat(idAt("2026-12-01T15:59:59Z")).isEqualTo(first);
        assertThat(at("2026-12-01T15:59:59Z").today()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(at("2026-12-01T16:00:00Z").today()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(idAt("2026-12-01T16:00:00Z")).isNotEqualTo(first);
    }

    @Test
    void everyItemHasItsDayBeforeAnyComesAgainAndTheNextRoundIsShuffledAnew() {
        DailyItem daily = at("2026-12-01T00:00:00Z");
        long start = Math.floorDiv(LocalDate.of(2026, 12, 1).toEpochDay(), QUOTABLE_SEED_ITEMS) * QUOTABLE_SEED_ITEMS;
        Set<String> round = new HashSet<>();
        StringBuilder firstRound = new StringBuilder();
        StringBuilder nextRound = new StringBuilder();
        for (int d = 0; d < QUOTABLE_SEED_ITEMS; d++) {
            String id = daily.of(LocalDate.ofEpochDay(start + d)).orElseThrow().item().id();
            round.add(id);
            firstRound.append(id).append(' ');
            nextRound.append(daily.of(LocalDate.ofEpochDay(start + QUOTABLE_SEED_ITEMS + d)).orElseThrow().item().id())
                    .append(' ');
        }
        assertThat(items.count(ItemKind.QUOTE, ItemFilter.QUOTABLE) + items.count(ItemKind.EXCHANGE,
                ItemFilter.QUOTABLE)).isEqualTo(QUOTABLE_SEED_ITEMS);
        assertThat(round).hasSize(QUOTABLE_SEED_ITEMS);
        assertThat(nextRound.toString()).isNotEqualTo(firstRound.toString());
    }

    @Test
    void everyInstanceShufflesAlike() {
        LocalDate day = LocalDate.of(2027, 3, 14);
        assertThat(at("2020-01-01T00:00:00Z").of(day)).isEqualTo(at("2030-01-01T00:00:00Z").of(day));
    }
}
