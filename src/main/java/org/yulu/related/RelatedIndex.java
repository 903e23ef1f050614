package org.yulu.related;

import org.yulu.corpus.Item;
import org.yulu.corpus.RelatedItem;
import org.yulu.related.ParallelPassageFinder.Link;
import org.yulu.related.PassageAligner.Passage;
import org.yulu.text.CodePointFolding;
import org.yulu.text.FoldedText;
import org.yulu.text.TextRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every item's parallel passages, found once for the whole corpus; pure, so it can be built from any list of items. */
public final class RelatedIndex {

    static final RelatedIndex EMPTY = new RelatedIndex(Map.of(), Map.of(), 0);

    private static final Comparator<Item> READING_ORDER = Comparator
            .comparing((Item item) -> item.source().id()).thenComparingInt(Item::position);

    private final Map<String, List<RelatedItem>> related;
    private final Map<String, List<TextRange>> sharedRanges;
    private final int links;

    private RelatedIndex(Map<String, List<RelatedItem>> related, Map<String, List<TextRange>> sharedRanges,
            int links) {
        this.related = related;
        this.sharedRanges = sharedRanges;
        this.links = links;
    }

    public static RelatedIndex of(List<Item> items) {
        CodePointFolding folding = new CodePointFolding();
        List<Item> ordered = items.stream().sorted(READING_ORDER).toList();
        List<Link> found = ParallelPassageFinder.find(
                ordered.parallelStream().map(item -> folding.fold(item.words()).text()).toList());
        // Offsets cost eight bytes a character: keep them only for the few items that have links.
        Map<Integer, FoldedText> folded = new HashMap<>();
        found.forEach(link -> {
            folded.computeIfAbsent(link.a(), i -> folding.fold(ordered.get(i).words()));
            folded.computeIfAbsent(link.b(), i -> folding.fold(ordered.get(i).words()));
        });

        // item -> other item -> where the other item holds the passages they share; and where the item holds them
        Map<Integer, Map<Integer, List<TextRange>>> inOther = new HashMap<>();
        Map<Integer, List<TextRange>> inOwn = new HashMap<>();
        for (Link link : found) {
            for (Passage p : link.passages()) {
                add(link.a(), link.b(), p, folded, inOther, inOwn);
                add(link.b(), link.a(), p.swapped(), folded, inOther, inOwn);
            }
        }
        Map<String, List<RelatedItem>> related = new HashMap<>();
        Map<String, List<TextRange>> shared = new HashMap<>();
        inOther.forEach((item, others) -> {
            String id = ordered.get(item).id();
            related.put(id, others.entrySet().stream().map(other -> {
                Item o = ordered.get(other.getKey());
                String overlap = merged(other.getValue()).stream()
                        .map(r -> o.words().substring(r.start(), r.end()))
                        .collect(Collectors.joining(" … "));
                return new RelatedItem(o.type(), o.id(), o.url(), o.source(), overlap);
            }).toList());
            shared.put(id, merged(inOwn.get(item)));
        });
        return new RelatedIndex(Map.copyOf(related), Map.copyOf(shared), found.size());
    }

    private static void add(int item, int other, Passage p, Map<Integer, FoldedText> folded,
            Map<Integer, Map<Integer, List<TextRange>>> inOther, Map<Integer, List<TextRange>> inOwn) {
        inOther.computeIfAbsent(item, k -> new TreeMap<>()).computeIfAbsent(other, k -> new ArrayList<>())
                .add(folded.get(other).originalRange(p.bFrom(), p.bTo()));
        inOwn.computeIfAbsent(item, k -> new ArrayList<>()).add(folded.get(item).originalRange(p.aFrom(), p.aTo()));
    }

    /** The ranges sorted, with overlapping or touching ones joined. */
    private static List<TextRange> merged(List<TextRange> ranges) {
        List<TextRange> sorted = ranges.stream().sorted(Comparator.comparingInt(TextRange::start)).toList();
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : sorted) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }

    /** An index as {@link #related()}, {@link #sharedRanges()} and {@link #links()} described it. */
    static RelatedIndex restored(Map<String, List<RelatedItem>> related, Map<String, List<TextRange>> sharedRanges,
            int links) {
        return new RelatedIndex(Map.copyOf(related), Map.copyOf(sharedRanges), links);
    }

    /** Every linked item's related items. */
    Map<String, List<RelatedItem>> related() {
        return related;
    }

    /** Every linked item's shared ranges. */
    Map<String, List<TextRange>> sharedRanges() {
        return sharedRanges;
    }

    public List<RelatedItem> related(String itemId) {
        return related.getOrDefault(itemId, List.of());
    }

    public List<TextRange> sharedRanges(String itemId) {
        return sharedRanges.getOrDefault(itemId, List.of());
    }

    /** How many pairs of items share a passage. */
    public int links() {
        return links;
    }
}
