package org.yulu.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yulu.corpus.ItemKind;

@Controller
class SourcePageController {

    private final SourceReading reading;

    SourcePageController(SourceReading reading) {
        this.reading = reading;
    }

    @GetMapping("/sources/{id}")
    String show(@PathVariable String id, Model model) {
        SourceReading.Reading found = reading.read(id).orElseThrow(() -> new SourceNotFoundException(id));
        model.addAttribute("source", found.source());
        model.addAttribute("items", found.items());
        model.addAttribute("quoteCount", found.count(ItemKind.QUOTE.type()));
        model.addAttribute("exchangeCount", found.count(ItemKind.EXCHANGE.type()));
        return "source/source";
    }
}
