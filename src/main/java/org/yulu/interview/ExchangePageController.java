package org.yulu.interview;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ExchangePageController {

    private final ExchangeRepository exchanges;

    ExchangePageController(ExchangeRepository exchanges) {
        this.exchanges = exchanges;
    }

    @GetMapping("/exchanges/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        model.addAttribute("exchange", exchanges.findWithSourceById(id).map(ExchangeItem::of)
                .orElseThrow(() -> new ExchangeNotFoundException(id)));
        return "interview/exchange";
    }
}
