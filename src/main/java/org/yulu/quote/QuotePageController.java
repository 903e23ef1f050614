package org.yulu.quote;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class QuotePageController {

    private final QuoteRepository quotes;

    QuotePageController(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/quotes/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        model.addAttribute("quote", quotes.findWithSourceById(id).map(QuoteItem::of)
                .orElseThrow(() -> new QuoteNotFoundException(id)));
        return "quote/quote";
    }
}
