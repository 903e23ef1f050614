package org.yulu.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;
import org.yulu.system.PublicUrls;
import org.yulu.system.YuluProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An Atom feed of the newest items, so readers can follow the site in a feed reader. */
@Controller
class FeedController {

    static final int FEED_SIZE = 100;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("source.importedAt"), Sort.Order.asc("source.id"),
            Sort.Order.asc("position"));

    private final SourceRepository sources;
    private final CorpusItems corpus;
    private final PublicUrls baseUrl;
    private final MessageSource messages;
    private final ZoneId zone;

    FeedController(SourceRepository sources, CorpusItems corpus, PublicUrls baseUrl, MessageSource messages,
            YuluProperties properties) {
        this.zone = properties.timeZone();
        this.sources = sources;
        this.corpus = corpus;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    @GetMapping("/feed.xml")
    @Transactional(readOnly = true)
    ResponseEntity<String> feed(HttpServletRequest request) throws FeedException {
        PageRequest newest = PageRequest.of(0, FEED_SIZE, NEWEST_FIRST);
        List<FeedEntry> items = new ArrayList<>();
        Map<String, Source> byId = new HashMap<>();
        sources.findAll().forEach(source -> byId.put(source.getId(), source));
        for (ItemKind kind : ItemKind.values()) {
            corpus.page(kind, ItemFilter.QUOTABLE, newest).forEach(item -> {
                Source source = byId.get(item.source().id());
                items.add(new FeedEntry(item, source.getImportedAt(), published(source)));
            });
        }
        List<FeedEntry> entries = items.stream().sorted(FeedEntry.NEWEST_FIRST).limit(FEED_SIZE).toList();
        String base = baseUrl.base();
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(atom(entries, base)));
    }

    /** The date the source prints, read in the site's time zone; its import when it prints none or none readable. */
    private Instant published(Source source) {
        String printed = source.getPublishedAt();
        try {
            if (printed != null && printed.length() > 10) {
                return LocalDateTime.parse(printed).atZone(zone).toInstant();
            }
            if (printed != null && !printed.isBlank()) {
                return LocalDate.parse(printed).atStartOfDay(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            // an unreadable date is no date: the import's time stands in
        }
        return source.getImportedAt();
    }

    private Feed atom(List<FeedEntry> entries, String base) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/feed.xml");
        feed.setTitle(messages.getMessage("site.name", null, Locale.ROOT));
        feed.setAlternateLinks(List.of(link("alternate", base + "/")));
        feed.setOtherLinks(List.of(link("self", base + "/feed.xml")));
        // An empty site still needs an <updated>; the epoch says "nothing yet".
        feed.setUpdated(Date.from(entries.isEmpty() ? Instant.EPOCH : entries.get(0).imported()));
        feed.setEntries(entries.stream().map(e -> entry(e, base)).toList());
        return feed;
    }

    private static Entry entry(FeedEntry item, String base) {
        Entry entry = new Entry();
        entry.setId(base + item.item().url());
        entry.setTitle(item.title());
        entry.setAlternateLinks(List.of(link("alternate", base + item.item().url())));
        entry.setUpdated(Date.from(item.published()));
        entry.setPublished(Date.from(item.published()));
        Person author = new Person();
        author.setName(item.item().speaker());
        entry.setAuthors(List.of(author));
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(item.text());
        entry.setContents(List.of(content));
        return entry;
    }

    private static Link link(String rel, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }
}
