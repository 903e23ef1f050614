package org.yulu.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.interview.ExchangeRepository;
import org.yulu.interview.InterviewExchange;
import org.yulu.quote.Quote;
import org.yulu.quote.QuoteRepository;
import org.yulu.source.Source;
import org.yulu.source.SourceRepository;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Tells search engines every page worth indexing: the home page, each source and each item's permalink. */
@Controller
class SitemapController {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private static final Sort READING_ORDER = Sort.by("source.id", "position");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final SourceRepository sources;
    private final QuoteRepository quotes;
    private final ExchangeRepository exchanges;
    private final PublicBaseUrl baseUrl;

    SitemapController(SourceRepository sources, QuoteRepository quotes, ExchangeRepository exchanges,
            PublicBaseUrl baseUrl) {
        this.sources = sources;
        this.quotes = quotes;
        this.exchanges = exchanges;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/sitemap.xml")
    @Transactional(readOnly = true)
    ResponseEntity<String> sitemap(HttpServletRequest request) throws XMLStreamException {
        String base = baseUrl.of(request);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        url(xml, base + "/", null);
        for (Source source : sources.findAllByOrderByIdAsc()) {
            url(xml, base + source.getUrl(), source.getImportedAt());
        }
        for (Quote quote : quotes.findAll(READING_ORDER)) {
            url(xml, base + quote.getUrl(), quote.getSource().getImportedAt());
        }
        for (InterviewExchange exchange : exchanges.findAll(READING_ORDER)) {
            url(xml, base + exchange.getUrl(), exchange.getSource().getImportedAt());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = "User-agent: *\nDisallow: /api/\nDisallow: /actuator/\n\nSitemap: " + baseUrl.of(request)
                + "/sitemap.xml\n";
        return ResponseEntity.ok().contentType(TEXT)
                .body(body);
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DAY.format(lastModified));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
