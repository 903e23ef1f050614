package org.yulu.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "search")
class SuggestApiController {

    private final Suggestions suggestions;

    SuggestApiController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    record SuggestionList(List<Suggestion> suggestions) {
    }

    @GetMapping("/api/suggest")
    @Operation(summary = "Words and phrases of the corpus that begin with what is being typed, held most first",
            description = "At most 8, from the corpus's own words, phrases and speakers' names, matched by their "
                    + "start in characters (护城), in pinyin without tones (chuang) or in initials (hch). count is "
                    + "how many items hold the word. An empty q has none.")
    @ApiResponse(responseCode = "200", description = "The suggestions, possibly none")
    SuggestionList suggest(@Parameter(description = "What has been typed so far, e.g. 护城, chuang or hch")
            @RequestParam(required = false) String q) {
        return new SuggestionList(suggestions.startingWith(q));
    }
}
