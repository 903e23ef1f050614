package org.yulu.corpus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yulu.system.FacetCount;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The corpus's items of either kind, read from the database as {@link Item}s, without their parallel passages. */
@Component
public class CorpusItems {

    /** By source, then position: the order a reader meets the items in. */
    public static final Sort READING_ORDER = Sort.by("source.id", "position");
    private static final int BATCH = 2000;
    public static final Sort BY_ID = Sort.by("id");

    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;

    CorpusItems(QuoteRepository quotes, ExchangeRepository exchanges) {
        this.quotes = quotes;
        this.exchanges = exchanges;
    }

    /** One page of the items of a kind, filtered. */
    @Transactional(readOnly = true)
    public Page<Item> page(ItemKind kind, ItemFilter filter, Pageable pageable) {
        return switch (kind) {
            case QUOTE -> quotes.findAll(where(kind, filter), pageable).map(q -> QuoteItem.of(q, List.of()));
            case EXCHANGE -> exchanges.findAll(where(kind, filter), pageable).map(e -> ExchangeItem.of(e, List.of()));
        };
    }

    /** How many items of each kind the filter lets through, the kinds in the order given. */
    public record Counts(List<ItemKind> kinds, long[] perKind) {

        public long total() {
            return java.util.Arrays.stream(perKind).sum();
        }
    }

    @Transactional(readOnly = true)
    public Counts counts(List<ItemKind> kinds, ItemFilter filter) {
        return new Counts(kinds, kinds.stream().mapToLong(kind -> count(kind, filter)).toArray());
    }

    /**
     * The item at position {@code n} (from 0) of the counted kinds one after another, each kind by id; empty past
     * the last.
     */
    @Transactional(readOnly = true)
    public Optional<Item> nth(Counts counts, ItemFilter filter, long n) {
        long left = n;
        for (int k = 0; k < counts.kinds().size(); k++) {
            if (left < counts.perKind()[k]) {
                return page(counts.kinds().get(k), filter, PageRequest.of((int) left, 1, BY_ID)).stream()
                        .findFirst();
            }
            left -= counts.perKind()[k];
        }
        return Optional.empty();
    }

    /** How many items of a kind the filter lets through. */
    @Transactional(readOnly = true)
    public long count(ItemKind kind, ItemFilter filter) {
        return switch (kind) {
            case QUOTE -> quotes.count(where(kind, filter));
            case EXCHANGE -> exchanges.count(where(kind, filter));
        };
    }

    @Transactional(readOnly = true)
    public Optional<Item> find(ItemKind kind, String id) {
        return switch (kind) {
            case QUOTE -> quotes.findWithSourceById(id).map(q -> QuoteItem.of(q, List.of()));
            case EXCHANGE -> exchanges.findWithSourceById(id).map(e -> ExchangeItem.of(e, List.of()));
        };
    }

    /** Lengths count characters as the database does: code points on PostgreSQL, UTF-16 units on H2. */
    private static <T> Specification<T> where(ItemKind kind, ItemFilter filter) {
        String speaker = kind == ItemKind.QUOTE ? "speaker" : "interviewee";
        String words = kind == ItemKind.QUOTE ? "text" : "answer";
        return (root, query, cb) -> cb.and(
                filter.speaker() == null ? cb.conjunction() : cb.equal(root.get(speaker), filter.speaker()),
                filter.sourceId() == null ? cb.conjunction()
                        : cb.equal(root.get("source").get("id"), filter.sourceId()),
                filter.minLength() == null ? cb.conjunction()
                        : cb.ge(cb.length(root.get(words)), filter.minLength()),
                filter.maxLength() == null ? cb.conjunction()
                        : cb.le(cb.length(root.get(words)), filter.maxLength()),
                filter.quotableOnly() ? cb.isTrue(root.get("quotable")) : cb.conjunction());
    }

    /** How many items of a kind each speaker has, most first, within a source (or all, for null). */
    @Transactional(readOnly = true)
    public List<FacetCount> speakerCounts(ItemKind kind, String sourceId) {
        return switch (kind) {
            case QUOTE -> quotes.countBySpeaker(sourceId);
            case EXCHANGE -> exchanges.countByInterviewee(sourceId);
        };
    }

    /** How many items of a kind each source has, by source id, for one speaker (or all, for null). */
    @Transactional(readOnly = true)
    public List<FacetCount> sourceCounts(ItemKind kind, String speaker) {
        return switch (kind) {
            case QUOTE -> quotes.countBySource(speaker);
            case EXCHANGE -> exchanges.countBySource(speaker);
        };
    }

    /** Every item, quotes then exchanges, each kind in this order, read a batch at a time. */
    public void forEach(Sort order, Consumer<Item> sink) {
        for (ItemKind kind : ItemKind.values()) {
            Page<Item> batch;
            int n = 0;
            do {
                batch = page(kind, ItemFilter.ALL, PageRequest.of(n++, BATCH, order));
                batch.forEach(sink);
            } while (batch.hasNext());
        }
    }
}
