package org.yulu.quote;

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
class QuotePageController {

    private final QuoteRepository quotes;
    private final SourceReading reading;
    private final RelatedPassages related;
    private final PublicUrls urls;

    QuotePageController(QuoteRepository quotes, SourceReading reading, RelatedPassages related, PublicUrls urls) {
        this.quotes = quotes;
        this.reading = reading;
        this.related = related;
        this.urls = urls;
    }

    @GetMapping("/quotes/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable String id, Model model) {
        Quote quote = quotes.findWithSourceById(id).orElseThrow(() -> new QuoteNotFoundException(id));
        model.addAttribute("quote", QuoteItem.of(quote, related.of(id)));
        model.addAttribute("text", MarkedText.of(quote.getText(), related.sharedRanges(id)));
        model.addAttribute("place", reading.place(quote.getSource(), quote.getPosition()));
        model.addAttribute("meta", PageMeta.ofSaying(quote.getSpeaker(), quote.getText(), urls.absolute(quote.getUrl())));
        return "quote/quote";
    }
}
