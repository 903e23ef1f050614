package org.yulu.embed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemKind;
import org.yulu.system.PublicUrls;

/** The embeddable card of an item: a small page without script that other sites may frame. */
@Controller
class EmbedPageController {

    /** Where the cards live: the one place other sites may frame. */
    static final String PREFIX = "/embed";

    private final CorpusItems items;
    private final PublicUrls urls;

    EmbedPageController(CorpusItems items, PublicUrls urls) {
        this.items = items;
        this.urls = urls;
    }

    static String path(Item item) {
        return PREFIX + item.url();
    }

    @GetMapping(PREFIX + "/quotes/{id}")
    String quote(@PathVariable String id, Model model) {
        return card(ItemKind.QUOTE, id, model);
    }

    @GetMapping(PREFIX + "/exchanges/{id}")
    String exchange(@PathVariable String id, Model model) {
        return card(ItemKind.EXCHANGE, id, model);
    }

    private String card(ItemKind kind, String id, Model model) {
        Item item = items.find(kind, id).orElseThrow(
                () -> new NoItemException(kind.noneWithId(id)));
        model.addAttribute("item", item);
        model.addAttribute("permalink", urls.absolute(item.url()));
        return "embed/card";
    }
}
