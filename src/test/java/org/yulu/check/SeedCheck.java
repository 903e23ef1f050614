package org.yulu.check;

import org.yulu.corpus.Item;
import org.yulu.meaning.SharedModel;
import org.yulu.search.SearchIndex;
import org.yulu.search.SeedCorpus;
import org.yulu.search.SourceCandidates;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The quote check over the two seeds, by meaning too, with the model shipped; built once per JVM. */
public final class SeedCheck {

    private static QuoteCheck check;
    private static Map<String, Item> items;

    private SeedCheck() {
    }

    public static synchronized QuoteCheck get() {
        if (check == null) {
            SeedCorpus seeds = SeedCorpus.load();
            SearchIndex index = SearchIndex.inMemory(seeds, SharedModel.vectorsOf(seeds));
            index.rebuild();
            Set<String> speakers = new LinkedHashSet<>();
            seeds.items().forEach(item -> speakers.add(item.speaker()));
            items = seeds.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
            check = new QuoteCheck(new SourceCandidates(index, SharedModel.get()), () -> speakers);
        }
        return check;
    }

    /** The seed item with this id. */
    static Item item(String id) {
        get();
        return items.get(id);
    }

    static List<Item> items() {
        get();
        return items.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
}
