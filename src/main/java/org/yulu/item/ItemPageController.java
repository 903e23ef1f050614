package org.yulu.item;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

/**
 * The permalink page of one item: its words with the passages shared elsewhere marked, where it stands, and the items
 * close to it in meaning.
 */
@Controller
class ItemPageController {

    private final CorpusItems items;
    private final SourceReading reading;
    private final RelatedPassages related;
    private final SimilarItems similar;
    private final PublicUrls urls;

    ItemPageController(CorpusItems items, SourceReading reading, RelatedPassages related, SimilarItems similar,
            PublicUrls urls) {
        this.items = items;
        this.reading = reading;
        this.related = related;
        this.similar = similar;
        this.urls = urls;
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
        model.addAttribute("meta", PageMeta.ofSaying(item.speaker(), item.words(), permalink));
        model.addAttribute("oembed", OEmbedDiscovery.of(urls.base(), permalink));
        return "item/" + kind.type();
    }
}
