package org.yulu.item;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.embed.DailyItem;
import org.yulu.embed.ItemDraw;
import org.yulu.source.SourceCatalog;

import java.util.List;
import java.util.Locale;

@Controller
class HomeController {

    private final ItemDraw draw;
    private final SourceCatalog catalog;
    private final DailyItem daily;

    private final MessageSource messages;

    HomeController(ItemDraw draw, SourceCatalog catalog, DailyItem daily, MessageSource messages) {
        this.draw = draw;
        this.catalog = catalog;
        this.daily = daily;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("description", messages.getMessage("home.description", null, locale));
        model.addAttribute("sources", catalog.list());
        model.addAttribute("randomQuote",
                draw.draw(List.of(ItemKind.QUOTE), ItemFilter.QUOTABLE).orElse(null));
        model.addAttribute("daily", daily.of(daily.today()).map(DailyItem.OfDay::item).orElse(null));
        return "item/home";
    }
}
