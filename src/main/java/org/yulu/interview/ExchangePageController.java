package org.yulu.interview;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yulu.related.RelatedPassages;

@Controller
class ExchangePageController {

    private final ExchangeRepository exchanges;
    private final RelatedPassages related;

    ExchangePageController(ExchangeRepository exchanges, RelatedPassages related) {
        this.exchanges = exchanges;
        this.related = related;
    }

    @GetMapping("/exchanges/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        model.addAttribute("exchange", exchanges.findWithSourceById(id)
                .map(e -> ExchangeItem.of(e, related.of(e.getId())))
                .orElseThrow(() -> new ExchangeNotFoundException(id)));
        return "interview/exchange";
    }
}
