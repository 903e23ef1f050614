package org.yulu.system;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.quote.QuoteItem;
import org.yulu.quote.QuoteRepository;
import org.yulu.source.SourceCatalog;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

@Controller
class HomeController {

    private final QuoteRepository quotes;
    private final SourceCatalog catalog;

    HomeController(QuoteRepository quotes, SourceCatalog catalog) {
        this.quotes = quotes;
        this.catalog = catalog;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Model model) {
        model.addAttribute("sources", catalog.list());
        model.addAttribute("randomQuote", randomQuote());
        return "system/home";
    }

    private QuoteItem randomQuote() {
        long count = quotes.count();
        if (count == 0) {
            return null;
        }
        int index = (int) ThreadLocalRandom.current().nextLong(count);
        return quotes.findAll(PageRequest.of(index, 1, Sort.by("id"))).map(q -> QuoteItem.of(q, List.of())).getContent().get(0);
    }
}
