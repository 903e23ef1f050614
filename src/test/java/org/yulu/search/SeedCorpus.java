package org.yulu.search;

import org.yulu.corpus.Corpus;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.SourceRef;
import org.yulu.importer.parser.DocumentDecoder;
import org.yulu.importer.parser.DocumentParser;
import org.yulu.importer.parser.ParsedDocument;
import org.yulu.importer.parser.UnreadableDocumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The items of the seed texts as the importer stores them, without a database. */
public final class SeedCorpus implements Corpus {

    public static final String THOUGHTS = "000_ce303afc9506ad64";
    public static final String BLOG = "003_becfb7cbb320fc93";

    private static SearchService search;

    private final List<Item> items;

    SeedCorpus(List<Item> items) {
        this.items = items;
    }

    public static SeedCorpus load() {
        List<Item> items = new ArrayList<>();
        for (String file : List.of(THOUGHTS + ".txt", BLOG + ".txt")) {
            items.addAll(itemsOf(parse(file)));
        }
        return new SeedCorpus(items);
    }

    /** A search over the seeds, indexed once for all the tests that only read it. */
    static synchronized SearchService search() {
        if (search == null) {
            SearchIndex index = SearchIndex.inMemory(load());
            index.rebuild();
            search = new SearchService(index, MatchCache.of(index));
        }
        return search;
    }

    public List<Item> items() {
        return items;
    }

    @Override
    public void forEachItem(Consumer<Item> sink) {
        items.forEach(sink);
    }

    private static ParsedDocument parse(String file) {
        try {
            return new DocumentParser().parse(file, DocumentDecoder.decode(Files.readAllBytes(Path.of("seeds", file))));
        } catch (IOException | UnreadableDocumentException e) {
            throw new IllegalStateException("The seed " + file + " ships readable", e);
        }
    }

    private static List<Item> itemsOf(ParsedDocument doc) {
        SourceRef source = new SourceRef(doc.slug(), doc.title());
        List<Item> items = new ArrayList<>();
        for (ParsedDocument.ParsedQuote q : doc.quotes()) {
            String id = doc.slug() + "-" + q.position();
            items.add((new QuoteItem("quote", id, "/quotes/" + id, q.speaker(), source, q.position(),
                    q.number(), q.context(), q.text(), List.of())));
        }
        for (ParsedDocument.ParsedExchange e : doc.exchanges()) {
            String id = doc.slug() + "-" + e.position();
            items.add((new ExchangeItem("exchange", id, "/exchanges/" + id, source, e.position(),
                    e.interviewer(), e.interviewee(), e.question(), e.answer(), List.of())));
        }
        return items;
    }
}
