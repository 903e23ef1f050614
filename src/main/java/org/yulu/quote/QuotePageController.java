package org.yulu.quote;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yulu.related.RelatedPassages;

@Controller
class QuotePageController {

    private final QuoteRepository quotes;
    private final RelatedPassages related;

    QuotePageController(QuoteRepository quotes, RelatedPassages related) {
        this.quotes = quotes;
        this.related = related;
    }

    @GetMapping("/quotes/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        model.addAttribute("quote", quotes.findWithSourceById(id).map(q -> QuoteItem.of(q, related.of(q.getId())))
                .orElseThrow(() -> new QuoteNotFoundException(id)));
        return "quote/quote";
    }
}
