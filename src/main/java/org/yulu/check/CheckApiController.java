package org.yulu.check;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yulu.system.ApiError;

@RestController
@Tag(name = "check")
class CheckApiController {

    private final QuoteCheck check;

    CheckApiController(QuoteCheck check) {
        this.check = check;
    }

    @GetMapping("/api/check")
    @Operation(summary = "Whether, where, by whom and in which exact words a pasted quote was said",
            description = "The text as pasted: an attribution before or after it (梁文锋说：, ——梁文锋), quotation "
                    + "marks, either width, traditional script and ellipses marking omissions are understood. "
                    + "verdict is verbatim, excerpt, altered, paraphrase or not_found; when not_found, matches are "
                    + "only the closest things said. Each match's diff gives the item's words as equal and delete "
                    + "pieces (delete: missing from the text) and the text's additions as insert pieces. Limited "
                    + "per client; over the limit 429 with Retry-After.")
    @ApiResponse(responseCode = "200", description = "The verdict and up to five matches, best first")
    @ApiResponse(responseCode = "400", description = "text is missing, blank, longer than 1,000 characters or holds "
            + "control characters", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "429", description = "Too many checks from this client; Retry-After says when to "
            + "try again", content = @Content(schema = @Schema(implementation = ApiError.class)))
    CheckResult check(
            @Parameter(description = "The quote as pasted, 1 to 1,000 characters, e.g. 梁文锋说：“我们不做垂类和应用”")
            @RequestParam(required = false) String text) {
        return check.check(text);
    }
}
