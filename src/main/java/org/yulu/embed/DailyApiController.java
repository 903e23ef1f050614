package org.yulu.embed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.QuoteItem;
import org.yulu.related.RelatedPassages;
import org.yulu.system.ApiError;

import java.time.LocalDate;

@RestController
@Tag(name = "quotes for other sites")
class DailyApiController {

    private final DailyItem daily;
    private final RelatedPassages related;

    DailyApiController(DailyItem daily, RelatedPassages related) {
        this.daily = daily;
        this.related = related;
    }

    /** The item of a day, shaped as the read API shows items; documented as one of the two item records. */
    record Daily(LocalDate date, @Schema(oneOf = {QuoteItem.class, ExchangeItem.class}) Object item) {
    }

    @GetMapping("/api/daily")
    @Operation(summary = "The item of the day, the same for everyone all day",
            description = "Days begin at midnight in yulu.time-zone (Asia/Shanghai unless set). Day after day the "
                    + "whole corpus comes round, in a shuffled order, before any item comes again. Any origin may "
                    + "call it (CORS). Example: `curl https://yulu.example/api/daily`.")
    @ApiResponse(responseCode = "200", description = "Today's date there and its item")
    @ApiResponse(responseCode = "404", description = "The corpus is empty",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    Daily today() {
        DailyItem.OfDay today = daily.of(daily.today())
                .orElseThrow(() -> new NoItemException("No item has been imported yet."));
        return new Daily(today.date(), today.item().withRelated(related.of(today.item().id())));
    }
}
