package org.yulu.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;
import org.yulu.system.PublicUrls;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tells search engines every page worth indexing: the home page, each source and each item's permalink. */
@Controller
class SitemapController {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final SourceRepository sources;
    private final CorpusItems items;
    private final PublicUrls baseUrl;

    SitemapController(SourceRepository sources, CorpusItems items, PublicUrls baseUrl) {
        this.sources = sources;
        this.items = items;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/sitemap.xml")
    @Transactional(readOnly = true)
    ResponseEntity<String> sitemap(HttpServletRequest request) throws XMLStreamException {
        String base = baseUrl.base();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        url(xml, base + "/", null);
        Map<String, Instant> imported = new HashMap<>();
        for (Source source : sources.findAllByOrderByIdAsc()) {
            imported.put(source.getId(), source.getImportedAt());
            url(xml, base + source.getUrl(), source.getImportedAt());
        }
        List<Item> all = new ArrayList<>();
        items.forEach(CorpusItems.READING_ORDER, all::add);
        for (Item item : all) {
            url(xml, base + item.url(), imported.get(item.source().id()));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = "User-agent: *\nDisallow: /api/\nDisallow: /actuator/\n\nSitemap: " + baseUrl.base()
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
