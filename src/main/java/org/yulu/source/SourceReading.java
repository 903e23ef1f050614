package org.yulu.source;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yulu.corpus.AnswerRepeat;
import org.yulu.corpus.AnswerRepeatRepository;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.InterviewExchange;
import org.yulu.corpus.ItemKind;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A source's items in their original order, as the reading view and the permalink pages walk them. */
@Component
public class SourceReading {

    private final SourceRepository sources;
    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;
    private final AnswerRepeatRepository repeats;

    SourceReading(SourceRepository sources, QuoteRepository quotes, ExchangeRepository exchanges,
            AnswerRepeatRepository repeats) {
        this.sources = sources;
        this.quotes = quotes;
        this.exchanges = exchanges;
        this.repeats = repeats;
    }

    public record Reading(SourceDetails source, List<ReadingItem> items) {

        /** How many of its paragraphs are items of this kind (repeats are not), as the source list counts them. */
        public long count(String kind) {
            return items.stream().filter(item -> item.kind().equals(kind)).count();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Reading> read(String sourceId) {
        return sources.findById(sourceId).map(source -> new Reading(SourceDetails.of(source), items(sourceId)));
    }

    /** The source of the item at {@code position} and its neighbours with a permalink. */
    @Transactional(readOnly = true)
    public ItemPlace place(String sourceId, int position) {
        Source source = sources.findById(sourceId).orElseThrow(() -> new SourceNotFoundException(sourceId));
        List<ReadingItem> stops = items(sourceId).stream().filter(ReadingItem::hasPermalink).toList();
        ReadingItem previous = null;
        ReadingItem next = null;
        for (ReadingItem item : stops) {
            if (item.position() < position) {
                previous = item;
            } else if (item.position() > position) {
                next = item;
                break;
            }
        }
        return new ItemPlace(SourceDetails.of(source), previous, next);
    }

    private List<ReadingItem> items(String sourceId) {
        List<ReadingItem> items = new ArrayList<>();
        for (Quote q : quotes.findBySourceIdOrderByPosition(sourceId)) {
            items.add(new ReadingItem.Said(QuoteItem.of(q, List.of()), q.getContext()));
        }
        for (InterviewExchange e : exchanges.findBySourceIdOrderByPosition(sourceId)) {
            items.add(new ReadingItem.Said(ExchangeItem.of(e, List.of()), null));
        }
        for (AnswerRepeat r : repeats.findBySourceIdOrderByPosition(sourceId)) {
            items.add(new ReadingItem.Repeat(r.getId(), r.getPosition(), r.getSpeaker(), r.getText(),
                    r.getExchange().getUrl(), r.getExchange().getPosition()));
        }
        items.sort(Comparator.comparingInt(ReadingItem::position));
        return withHeadingsOnce(items);
    }

    private static List<ReadingItem> withHeadingsOnce(List<ReadingItem> items) {
        List<ReadingItem> out = new ArrayList<>(items.size());
        String current = null;
        for (ReadingItem item : items) {
            if (item instanceof ReadingItem.Said said) {
                String heading = said.heading();
                out.add(new ReadingItem.Said(said.item(),
                        heading != null && !Objects.equals(heading, current) ? heading : null));
                if (said.item().kind() == ItemKind.QUOTE) { // a repeat between two quotes does not end their heading
                    current = heading;
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }
}
