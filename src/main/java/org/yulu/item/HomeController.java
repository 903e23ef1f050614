package org.yulu.item;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.embed.DailyItem;
import org.yulu.source.SourceCatalog;

import java.util.concurrent.ThreadLocalRandom;

@Controller
class HomeController {

    private final CorpusItems items;
    private final SourceCatalog catalog;
    private final DailyItem daily;

    HomeController(CorpusItems items, SourceCatalog catalog, DailyItem daily) {
        this.items = items;
        this.catalog = catalog;
        this.daily = daily;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sources", catalog.list());
        model.addAttribute("randomQuote", randomQuote());
        model.addAttribute("daily", daily.of(daily.today()).map(DailyItem.OfDay::item).orElse(null));
        return "item/home";
    }

    private Item randomQuote() {
        long count = items.count(ItemKind.QUOTE, ItemFilter.ALL);
        if (count == 0) {
            return null;
        }
        int index = (int) ThreadLocalRandom.current().nextLong(count);
        return items.page(ItemKind.QUOTE, ItemFilter.ALL, PageRequest.of(index, 1, Sort.by("id"))).getContent().get(0);
    }
}
