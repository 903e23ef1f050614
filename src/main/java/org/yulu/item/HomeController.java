package org.yulu.item;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemKind;
import org.yulu.source.SourceCatalog;

import java.util.concurrent.ThreadLocalRandom;

@Controller
class HomeController {

    private final CorpusItems items;
    private final SourceCatalog catalog;

    HomeController(CorpusItems items, SourceCatalog catalog) {
        this.items = items;
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sources", catalog.list());
        model.addAttribute("randomQuote", randomQuote());
        return "item/home";
    }

    private Item randomQuote() {
        long count = items.count(ItemKind.QUOTE);
        if (count == 0) {
            return null;
        }
        int index = (int) ThreadLocalRandom.current().nextLong(count);
        return items.page(ItemKind.QUOTE, null, null, PageRequest.of(index, 1, Sort.by("id"))).getContent().get(0);
    }
}
