package org.yulu.interview;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yulu.related.RelatedPassages;
import org.yulu.source.SourceReading;
import org.yulu.system.MarkedText;
import org.yulu.system.PageMeta;
import org.yulu.system.PublicUrls;

@Controller
class ExchangePageController {

    private final ExchangeRepository exchanges;
    private final SourceReading reading;
    private final RelatedPassages related;
    private final PublicUrls urls;

    ExchangePageController(ExchangeRepository exchanges, SourceReading reading, RelatedPassages related,
            PublicUrls urls) {
        this.exchanges = exchanges;
        this.reading = reading;
        this.related = related;
        this.urls = urls;
    }

    @GetMapping("/exchanges/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        InterviewExchange exchange = exchanges.findWithSourceById(id)
                .orElseThrow(() -> new ExchangeNotFoundException(id));
        model.addAttribute("exchange", ExchangeItem.of(exchange, related.of(id)));
        model.addAttribute("text", MarkedText.of(exchange.getAnswer(), related.sharedRanges(id)));
        model.addAttribute("place", reading.place(exchange.getSource(), exchange.getPosition()));
        model.addAttribute("meta", PageMeta.ofSaying(exchange.getInterviewee(), exchange.getAnswer(),
                urls.absolute(exchange.getUrl())));
        return "interview/exchange";
    }
}
