package org.yulu.card;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;
import org.yulu.system.PageImage;
import org.yulu.system.PublicUrls;
import org.yulu.text.Shortening;

import java.util.Locale;
import java.util.Optional;

/**
 * An item's share cards: what they show, and where they are. A card's address carries its key, so a changed item
 * gets a new address that previews fetch anew, and an address may be cached for good.
 */
@Component
public class ShareCards {

    /** Where cards live: {@code /cards/quotes/{id}.png}, {@code /cards/exchanges/{id}-tall.png}. */
    static final String PREFIX = "/cards";
    /** Cards are for Chinese readers wherever the page is read. */
    private static final Locale CARD_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final int ALT_LENGTH = 200;

    private final CardFonts fonts;
    private final SourceRepository sources;
    private final PublicUrls urls;
    private final MessageSource messages;

    ShareCards(CardFonts fonts, SourceRepository sources, PublicUrls urls, MessageSource messages) {
        this.fonts = fonts;
        this.sources = sources;
        this.urls = urls;
        this.messages = messages;
    }

    /** The item's cards, or none when this server has no font to draw them. */
    public Optional<ItemCards> of(Item item) {
        return painter().map(painter -> {
            CardContent content = content(item);
            String family = painter.typeface().familyName();
            PageImage preview = new PageImage(urls.absolute(path(item, CardFormat.WIDE, content.key(CardFormat.WIDE,
                    family))), CardFormat.WIDE.width(), CardFormat.WIDE.height(),
                    Shortening.shorten(item.words(), ALT_LENGTH));
            return new ItemCards(preview, path(item, CardFormat.TALL, content.key(CardFormat.TALL, family)),
                    "yulu-" + CardFormat.TALL.fileName(item.id()));
        });
    }

    /** A painter in the font cards are drawn in, or none. */
    Optional<CardPainter> painter() {
        return fonts.choice().painter();
    }

    /** Why there are no cards, when there are none. */
    String whyNone() {
        return fonts.choice().reason();
    }

    /** What the item's cards show; needs a request when the public base URL is not set. */
    CardContent content(Item item) {
        Optional<Source> source = sources.findById(item.source().id());
        String question = item instanceof ExchangeItem exchange ? asked(exchange) : null;
        return new CardContent(item.words(), question, text("card.byline", item.speaker()), item.source().title(),
                source.map(Source::getPublishedDay).orElse(null), urls.absolute(item.url()), text("site.name"),
                text("card.scan"));
    }

    private String asked(ExchangeItem exchange) {
        String asker = exchange.interviewer();
        return asker == null || asker.isBlank() ? exchange.question() : text("card.question", asker,
                exchange.question());
    }

    private static String path(Item item, CardFormat format, String key) {
        return PREFIX + item.kind().url(format.fileName(item.id())) + "?v=" + key;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, CARD_LOCALE);
    }
}
