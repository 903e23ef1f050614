package org.yulu.speaker;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.system.FacetCount;
import org.yulu.system.PageParams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each person said: a quote's speaker and an exchange's interviewee are the same person when the name is.
 * A speaker's items are listed quotes first, then answers, each in reading order.
 */
@Component
class Speakers {

    private final CorpusItems items;

    Speakers(CorpusItems items) {
        this.items = items;
    }

    /** A speaker with how many quotes and answers they have. */
    record Speaker(String name, long quoteCount, long exchangeCount, String url) {
    }

    /** Every speaker, most items first, then by name. */
    @Transactional(readOnly = true)
    List<Speaker> all() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            for (FacetCount count : items.speakerCounts(kind, null)) {
                counts.computeIfAbsent(count.value(), name -> new long[2])[kind.ordinal()] += count.count();
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Speaker(e.getKey(), e.getValue()[0], e.getValue()[1], SpeakerPageController.url(e.getKey())))
                .sorted(Comparator.comparingLong((Speaker s) -> s.quoteCount() + s.exchangeCount()).reversed()
                        .thenComparing(Speaker::name))
                .toList();
    }

    /** How many items of each kind this speaker has in a source (or in all, for null). */
    @Transactional(readOnly = true)
    long[] counts(String name, String sourceId) {
        return new long[] {items.count(ItemKind.QUOTE, ItemFilter.of(name, sourceId)),
                items.count(ItemKind.EXCHANGE, ItemFilter.of(name, sourceId))};
    }

    /** One page of the speaker's items: quotes first, then answers, each in reading order. */
    @Transactional(readOnly = true)
    List<Item> page(String name, String sourceId, PageParams params, long quotes) {
        List<Item> page = new ArrayList<>(params.size());
        long from = params.offset();
        ItemFilter filter = ItemFilter.of(name, sourceId);
        if (from < quotes) {
            page.addAll(items.page(ItemKind.QUOTE, filter, params.pageable(CorpusItems.READING_ORDER)).getContent());
        }
        int wanted = params.size() - page.size();
        if (wanted > 0) {
            long start = Math.max(0, from - quotes);
            int block = (int) (start / params.size());
            List<Item> answers = new ArrayList<>();
            for (int b = block; b <= block + 1 && answers.size() < wanted + start % params.size(); b++) {
                answers.addAll(items.page(ItemKind.EXCHANGE, filter,
                        PageRequest.of(b, params.size(), CorpusItems.READING_ORDER)).getContent());
            }
            int skip = (int) (start % params.size());
            page.addAll(answers.subList(Math.min(skip, answers.size()), Math.min(skip + wanted, answers.size())));
        }
        return page;
    }

    /** How many items the speaker has in each source, by source id. */
    @Transactional(readOnly = true)
    List<FacetCount> sources(String name) {
        Map<String, FacetCount> bySource = new LinkedHashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            for (FacetCount count : items.sourceCounts(kind, name)) {
                bySource.merge(count.value(), count,
                        (a, b) -> new FacetCount(a.value(), a.label(), a.count() + b.count()));
            }
        }
        return bySource.values().stream().sorted(Comparator.comparing(FacetCount::value)).toList();
    }
}
