package org.yulu.card;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemKind;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Serves cards as PNG: {@code /cards/quotes/{id}.png} (wide) and {@code /cards/quotes/{id}-tall.png}, the same for
 * exchanges. The ETag is the card's key, checked before anything is drawn. An address with the current key
 * ({@code ?v=}, as pages link them) never changes and is cached for good; one without it is cached for a day.
 */
@Controller
class CardController {

    static final CacheControl KEYED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl UNKEYED = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    /** Seconds a client turned away while every drawing thread is busy is told to wait. */
    static final String RETRY_AFTER = "5";

    private final CorpusItems items;
    private final ShareCards cards;
    private final CardDrawing drawing;

    CardController(CorpusItems items, ShareCards cards, CardDrawing drawing) {
        this.items = items;
        this.cards = cards;
        this.drawing = drawing;
    }

    @GetMapping(ShareCards.PREFIX + "/quotes/{file}")
    CompletableFuture<ResponseEntity<Resource>> quote(@PathVariable String file,
            @RequestParam(name = "v", required = false) String key, WebRequest request) {
        return card(ItemKind.QUOTE, file, key, request);
    }

    @GetMapping(ShareCards.PREFIX + "/exchanges/{file}")
    CompletableFuture<ResponseEntity<Resource>> exchange(@PathVariable String file,
            @RequestParam(name = "v", required = false) String key, WebRequest request) {
        return card(ItemKind.EXCHANGE, file, key, request);
    }

    private CompletableFuture<ResponseEntity<Resource>> card(ItemKind kind, String file, String askedKey,
            WebRequest request) {
        CardFormat format = CardFormat.of(file).orElseThrow(() -> new CardNotFoundException(
                "A card's address ends in {id}.png or {id}-tall.png, not '" + file + "'."));
        CardPainter painter = cards.painter().orElseThrow(() -> new CardNotFoundException(
                "This server draws no cards: " + cards.whyNone() + "."));
        String id = format.itemId(file);
        Item item = items.find(kind, id).orElseThrow(() -> new CardNotFoundException(kind.noneWithId(id)));
        CardContent content = cards.content(item);
        String key = content.key(format, painter.typeface().familyName());
        CacheControl caching = key.equals(askedKey) ? KEYED : UNKEYED;
        String etag = "\"" + key + "\"";
        if (request.checkNotModified(etag)) {
            return CompletableFuture.completedFuture(
                    ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(caching).build());
        }
        return drawing.card(key, () -> painter.png(content, format)).thenApply(png -> ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG).eTag(etag).cacheControl(caching)
                .body(new FileSystemResource(png)));
    }

    @ExceptionHandler(CardNotFoundException.class)
    ResponseEntity<String> notFound(CardNotFoundException e) {
        return plain(HttpStatus.NOT_FOUND).body(e.getMessage());
    }

    @ExceptionHandler(CardsBusyException.class)
    ResponseEntity<String> busy(CardsBusyException e) {
        return plain(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER).body(e.getMessage());
    }

    private static ResponseEntity.BodyBuilder plain(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).cacheControl(CacheControl.noStore());
    }
}
