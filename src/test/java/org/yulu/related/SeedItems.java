package org.yulu.related;

import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.RelatedItem;
import org.yulu.corpus.SourceRef;
import org.yulu.importer.parser.DocumentDecoder;
import org.yulu.importer.parser.DocumentParser;
import org.yulu.importer.parser.ParsedDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The items of documents as the importer would store them, without a database. */
final class SeedItems {

    static final String THOUGHTS = "000_ce303afc9506ad64";
    static final String BLOG = "003_becfb7cbb320fc93";

    /**
     * Every parallel passage of the seeds, both ways, decided by reading them: four thoughts are cut from answers
     * of the interview the blog copies. Nothing else repeats a sentence (thought 21 has no source in the blog).
     */
    static final List<String> SEED_LINKS = List.of(
            THOUGHTS + "-27 -> " + BLOG + "-13",
            THOUGHTS + "-28 -> " + BLOG + "-16",
            THOUGHTS + "-29 -> " + BLOG + "-2",
            THOUGHTS + "-30 -> " + BLOG + "-3",
            BLOG + "-2 -> " + THOUGHTS + "-29",
            BLOG + "-3 -> " + THOUGHTS + "-30",
            BLOG + "-13 -> " + THOUGHTS + "-27",
            BLOG + "-16 -> " + THOUGHTS + "-28");

    private SeedItems() {
    }

    static List<Item> of(Path... files) throws Exception {
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            ParsedDocument doc = new DocumentParser().parse(file.getFileName().toString(),
                    DocumentDecoder.decode(Files.readAllBytes(file)));
            SourceRef source = new SourceRef(doc.slug(), doc.title());
            doc.quotes().forEach(q -> items.add(new QuoteItem("quote", doc.slug() + "-" + q.position(),
                    "/quotes/" + doc.slug() + "-" + q.position(), q.speaker(), source, q.position(), q.number(),
                    q.context(), q.text(), List.of())));
            doc.exchanges().forEach(e -> items.add(new ExchangeItem("exchange", doc.slug() + "-" + e.position(),
                    "/exchanges/" + doc.slug() + "-" + e.position(), source, e.position(), e.interviewer(),
                    e.interviewee(), e.question(), e.answer(), List.of())));
        }
        return items;
    }

    static List<Item> seeds() throws Exception {
        return of(Path.of("seeds", THOUGHTS + ".txt"), Path.of("seeds", BLOG + ".txt"));
    }

    /** Every link as "item -> related item", in reading order. */
    static List<String> links(List<Item> items, Function<String, List<RelatedItem>> related) {
        List<String> links = new ArrayList<>();
        for (Item item : items) {
            related.apply(item.id()).forEach(r -> links.add(item.id() + " -> " + r.id()));
        }
        return links;
    }
}
