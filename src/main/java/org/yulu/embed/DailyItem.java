package org.yulu.embed;

import org.springframework.stereotype.Component;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.system.YuluProperties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The item of the day: one for everyone all day, every instance alike. Days go through every item that stands
 * alone in an order shuffled once per round, so no item comes back before every other has had its day.
 */
@Component
public class DailyItem {

    private final CorpusItems items;
    private final Clock clock;
    private final ZoneId zone;
    /** The last round's order, for as long as the corpus keeps its size: one shuffle serves every day of a round. */
    private volatile Round round;

    DailyItem(CorpusItems items, Clock clock, YuluProperties properties) {
        this.items = items;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** An item and the day it is the item of. */
    public record OfDay(LocalDate date, Item item) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The item of the given day; empty when the corpus holds none. */
    public Optional<OfDay> of(LocalDate day) {
        CorpusItems.Counts counts = items.counts(List.of(ItemKind.values()), ItemFilter.QUOTABLE);
        int size = (int) counts.total();
        if (size == 0) {
            return Optional.empty();
        }
        long dayNumber = day.toEpochDay();
        int index = round(Math.floorDiv(dayNumber, size), size).order[(int) Math.floorMod(dayNumber, size)];
        return items.nth(counts, ItemFilter.QUOTABLE, index).map(item -> new OfDay(day, item));
    }

    private Round round(long number, int size) {
        Round known = round;
        if (known != null && known.number == number && known.order.length == size) {
            return known;
        }
        Round shuffled = Round.of(number, size);
        round = shuffled;
        return shuffled;
    }

    /** One pass through the corpus: positions 0 to size - 1 in the order of a round's days. */
    private record Round(long number, int[] order) {

        /** java.util.Random's sequence is fixed by its specification, so every instance shuffles alike. */
        static Round of(long number, int size) {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Random random = new Random(number);
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return new Round(number, order);
        }
    }
}
