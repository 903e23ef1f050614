package org.yulu.embed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.related.RelatedPassages;
import org.yulu.source.SourceFilter;
import org.yulu.system.ApiDocs;
import org.yulu.system.ApiError;
import org.yulu.system.BadRequestException;
import org.yulu.system.PublicUrls;
import org.yulu.system.QueryValue;
import org.yulu.system.WholeNumberParam;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A quote for another site: drawn at random, as JSON, as plain text, or as a script that writes it in. */
@RestController
@Tag(name = "quotes for other sites")
class RandomApiController {

    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    static final MediaType SCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);
    /** Longer than any item: a bound that keeps the numbers whole, not a limit anyone meets. */
    static final int MAX_LENGTH = 1_000_000;

    private final ItemDraw draw;
    private final SourceFilter sourceFilter;
    private final RelatedPassages related;
    private final PublicUrls urls;
    private final JsonMapper json;

    RandomApiController(ItemDraw draw, SourceFilter sourceFilter, RelatedPassages related, PublicUrls urls,
            JsonMapper json) {
        this.draw = draw;
        this.sourceFilter = sourceFilter;
        this.related = related;
        this.urls = urls;
        this.json = json;
    }

    @GetMapping("/api/random")
    @Operation(summary = "One item at random, for a quote on another site",
            description = "Each call draws again; every item the filters let through is as likely as any other. "
                    + "Any origin may call it (CORS). Examples: `curl 'https://yulu.example/api/random?type=quote"
                    + "&max_length=60&encode=text'`; on a page, `<blockquote id=\"yulu-quote\"></blockquote>"
                    + "<script src=\"https://yulu.example/api/random?encode=js\"></script>`.")
    @ApiResponse(responseCode = "200", description = "The item: as the read API shows it (json), its words alone "
            + "(text), or a script that writes it into the element with id yulu-quote, or after the script (js)")
    @ApiResponse(responseCode = "400", description = "A filter is not acceptable; the message says why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No item passes the filters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<?> random(
            @Parameter(description = "Only this kind of item", schema = @Schema(allowableValues = {"quote", "exchange"}))
            @RequestParam(required = false) String type,
            @Parameter(description = "Only items by this speaker (for an exchange, the interviewee), exactly as written")
            @RequestParam(required = false) String speaker,
            @Parameter(description = ApiDocs.SOURCE) @RequestParam(required = false) String source,
            @Parameter(description = "At least this many characters of words (an exchange's answer)",
                    schema = @Schema(type = "integer", minimum = "0"))
            @RequestParam(name = "min_length", required = false) String minLength,
            @Parameter(description = "At most this many characters of words (an exchange's answer)",
                    schema = @Schema(type = "integer", minimum = "0"))
            @RequestParam(name = "max_length", required = false) String maxLength,
            @Parameter(description = "How the item is answered; json when left out",
                    schema = @Schema(allowableValues = {"json", "text", "js"}))
            @RequestParam(required = false) String encode) {
        Encoding encoding = Encoding.of(QueryValue.strippedOrNull(encode));
        Integer min = WholeNumberParam.parse("min_length", minLength, null, 0, MAX_LENGTH);
        Integer max = WholeNumberParam.parse("max_length", maxLength, null, 0, MAX_LENGTH);
        if (min != null && max != null && min > max) {
            throw new BadRequestException("min_length must not be more than max_length (" + min + " > " + max + ")");
        }
        ItemFilter filter = new ItemFilter(QueryValue.strippedOrNull(speaker), sourceFilter.check(source), min, max,
                true);
        Item item = draw.draw(kinds(QueryValue.strippedOrNull(type)), filter)
                .orElseThrow(() -> new NoItemException("No item passes these filters; loosen one of them."));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        return switch (encoding) {
            case JSON -> ok.body(item.withRelated(related.of(item.id())));
            case TEXT -> ok.contentType(TEXT).body(item.words());
            case JS -> ok.contentType(SCRIPT).body(QuoteScript.of(item.words(), item.speaker(),
                    item.source().title(), urls.absolute(item.url()), json));
        };
    }

    static List<ItemKind> kinds(String type) {
        if (type == null) {
            return List.of(ItemKind.values());
        }
        return List.of(ItemKind.ofType(type).orElseThrow(
                () -> new BadRequestException("type must be quote or exchange, not '" + type + "'")));
    }

    enum Encoding {
        JSON, TEXT, JS;

        static Encoding of(String value) {
            if (value == null) {
                return JSON;
            }
            return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(value)).findFirst().orElseThrow(
                    () -> new BadRequestException("encode must be json, text or js, not '" + value + "'"));
        }
    }
}
