package org.yulu.item;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yulu.card.ItemCards;
import org.yulu.card.ShareCards;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemKind;
import org.yulu.embed.OEmbedDiscovery;
import org.yulu.related.RelatedPassages;
import org.yulu.search.SimilarItems;
import org.yulu.source.SourceReading;
import org.yulu.system.PageMeta;
import org.yulu.system.PublicUrls;
import org.yulu.text.MarkedText;

import java.util.Optional;

/**
 * The permalink page of one item: its words with the passages shared elsewhere marked, where it stands, the items
 * close to it in meaning, and its share cards when this server draws them.
 */
@Controller
class ItemPageController {

    private final CorpusItems items;
    private final SourceReading reading;
    private final RelatedPassages related;
    private final SimilarItems similar;
    private final PublicUrls urls;
    private final ShareCards cards;

    ItemPageController(CorpusItems items, SourceReading reading, RelatedPassages related, SimilarItems similar,
            PublicUrls urls, ShareCards cards) {
        this.items = items;
        this.reading = reading;
        this.related = related;
        this.similar = similar;
        this.urls = urls;
        this.cards = cards;
    }

    @GetMapping("/quotes/{id}")
    String quote(@PathVariable String id, Model model) {
        return show(ItemKind.QUOTE, id, model);
    }

    @GetMapping("/exchanges/{id}")
    String exchange(@PathVariable String id, Model model) {
        return show(ItemKind.EXCHANGE, id, model);
    }

    private String show(ItemKind kind, String id, Model model) {
        Item item = ItemApiController.withLinks(items.find(kind, id).orElseThrow(() -> new ItemNotFoundException(kind,
                id)), related, similar);
        model.addAttribute(kind.type(), item);
        model.addAttribute("text", MarkedText.of(item.words(), related.sharedRanges(id)));
        model.addAttribute("place", reading.place(item.source().id(), item.position()));
        String permalink = urls.absolute(item.url());
        PageMeta meta = PageMeta.ofSaying(item.speaker(), item.words(), permalink);
        Optional<ItemCards> itemCards = cards.of(item);
        model.addAttribute("meta", itemCards.map(c -> meta.withImage(c.preview())).orElse(meta));
        model.addAttribute("cards", itemCards.orElse(null));
        model.addAttribute("oembed", OEmbedDiscovery.of(urls.base(), permalink));
        return "item/" + kind.type();
    }
}
