package org.yulu.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.yulu.card.ItemCards;
import org.yulu.card.ShareCards;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.Item;
import org.yulu.system.ApiError;
import org.yulu.system.BadRequestException;
import org.yulu.system.PageImage;
import org.yulu.system.PageMeta;
import org.yulu.system.PublicUrls;
import org.yulu.system.QueryValue;
import org.yulu.system.WholeNumberParam;

import java.util.Locale;

/** oEmbed (oembed.com) for every permalink: what a site needs to show the item's embeddable card. */
@RestController
@Tag(name = "quotes for other sites")
class OEmbedController {

    static final int WIDTH = 560;
    static final int HEIGHT = 260;
    /** Items change only when their document is imported again. */
    static final int CACHE_AGE = 3600;

    private final CorpusItems items;
    private final PublicUrls urls;
    private final MessageSource messages;
    private final ShareCards cards;

    OEmbedController(CorpusItems items, PublicUrls urls, MessageSource messages, ShareCards cards) {
        this.items = items;
        this.urls = urls;
        this.messages = messages;
        this.cards = cards;
    }

    /** The oEmbed answer, with its fields named as the specification names them. */
    record OEmbed(String version, String type, String html, int width, int height, String title,
            @JsonProperty("author_name") String authorName,
            @JsonProperty("provider_name") String providerName,
            @JsonProperty("provider_url") String providerUrl,
            @JsonProperty("cache_age") int cacheAge,
            @JsonProperty("thumbnail_url") @JsonInclude(JsonInclude.Include.NON_NULL) String thumbnailUrl,
            @JsonProperty("thumbnail_width") @JsonInclude(JsonInclude.Include.NON_NULL) Integer thumbnailWidth,
            @JsonProperty("thumbnail_height") @JsonInclude(JsonInclude.Include.NON_NULL) Integer thumbnailHeight) {
    }

    @GetMapping("/oembed")
    @Operation(summary = "oEmbed for a permalink: an iframe of the item's card",
            description = "Example: `curl 'https://yulu.example/oembed?url=https://yulu.example/quotes/"
                    + "000_ce303afc9506ad64-1'`. Only JSON is served; any origin may call it (CORS).")
    @ApiResponse(responseCode = "200", description = "A rich oEmbed answer")
    @ApiResponse(responseCode = "400", description = "url is missing, or maxwidth or maxheight is not a whole number",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "url is not a permalink of this site",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "501", description = "format is xml: only JSON is served",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<?> oembed(
            @Parameter(description = "A permalink of this site, e.g. https://yulu.example/quotes/000_ce303afc9506ad64-1")
            @RequestParam(required = false) String url,
            @Parameter(description = "json (the default) or xml", schema = @Schema(allowableValues = {"json", "xml"}))
            @RequestParam(required = false) String format,
            @Parameter(description = "The widest the card may be, in pixels", schema = @Schema(type = "integer"))
            @RequestParam(required = false) String maxwidth,
            @Parameter(description = "The tallest the card may be, in pixels", schema = @Schema(type = "integer"))
            @RequestParam(required = false) String maxheight,
            HttpServletRequest request) {
        String address = QueryValue.strippedOrNull(url);
        if (address == null) {
            throw new BadRequestException("url must be the permalink of a quote or an exchange on this site");
        }
        String wanted = QueryValue.strippedOrNull(format);
        if ("xml".equalsIgnoreCase(wanted)) {
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).body(new ApiError(501,
                    HttpStatus.NOT_IMPLEMENTED.getReasonPhrase(), "Only format=json is served.",
                    request.getRequestURI()));
        }
        if (wanted != null && !"json".equalsIgnoreCase(wanted)) {
            throw new BadRequestException("format must be json or xml, not '" + wanted + "'");
        }
        int width = WholeNumberParam.parse("maxwidth", maxwidth, WIDTH, 1, 100_000);
        int height = WholeNumberParam.parse("maxheight", maxheight, HEIGHT, 1, 100_000);
        String base = urls.base();
        Item item = Permalink.of(address, base).flatMap(link -> items.find(link.kind(), link.id()))
                .orElseThrow(() -> new NoItemException("url is not the permalink of a quote or an exchange on "
                        + "this site: " + address));
        width = Math.min(WIDTH, width);
        height = Math.min(HEIGHT, height);
        String title = PageMeta.ofSaying(item.speaker(), item.words(), base + item.url()).title();
        String html = "<iframe src=\"" + HtmlUtils.htmlEscape(base + EmbedPageController.path(item)) + "\" width=\""
                + width + "\" height=\"" + height + "\" style=\"border:0;max-width:100%\" loading=\"lazy\" title=\""
                + HtmlUtils.htmlEscape(title) + "\"></iframe>";
        String site = messages.getMessage("site.name", null, Locale.ROOT);
        // the preview card, where this server draws cards
        PageImage thumbnail = cards.of(item).map(ItemCards::preview).orElse(null);
        return ResponseEntity.ok(new OEmbed("1.0", "rich", html, width, height, title, item.speaker(), site,
                base + "/", CACHE_AGE, thumbnail == null ? null : thumbnail.url(),
                thumbnail == null ? null : thumbnail.width(), thumbnail == null ? null : thumbnail.height()));
    }
}
