package org.yulu.item;

import org.springframework.context.MessageSource;
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

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

@Controller
class HomeController {

    private final CorpusItems items;
    private final SourceCatalog catalog;
    private final DailyItem daily;

    private final MessageSource messages;

    HomeController(CorpusItems items, SourceCatalog catalog, DailyItem daily, MessageSource messages) {
        this.items = items;
        this.catalog = catalog;
        this.daily = daily;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("description", messages.getMessage("home.description", null, locale));
        model.addAttribute("sources", catalog.list());
        model.addAttribute("randomQuote", randomQuote());
        model.addAttribute("daily", daily.of(daily.today()).map(DailyItem.OfDay::item).orElse(null));
        return "item/home";
    }

    private Item randomQuote() {
        long count = items.count(ItemKind.QUOTE, ItemFilter.QUOTABLE);
        if (count == 0) {
            return null;
        }
        int index = (int) ThreadLocalRandom.current().nextLong(count);
        return items.page(ItemKind.QUOTE, ItemFilter.QUOTABLE, PageRequest.of(index, 1, Sort.by("id"))).getContent().get(0);
    }
}
