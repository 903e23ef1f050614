package org.yulu.speaker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "speakers")
class SpeakerApiController {

    private final Speakers speakers;

    SpeakerApiController(Speakers speakers) {
        this.speakers = speakers;
    }

    record SpeakerList(List<Speakers.Speaker> items, int total) {
    }

    @GetMapping("/api/speakers")
    @Operation(summary = "Everyone who said something here, with how many quotes and answers, most first",
            description = "url is the speaker's page, which lists all of it; /api/quotes?speaker= and "
                    + "/api/exchanges?speaker= give the items themselves.")
    @ApiResponse(responseCode = "200", description = "All speakers; the list is short, so it is not paged")
    SpeakerList speakers() {
        List<Speakers.Speaker> all = speakers.all();
        return new SpeakerList(all, all.size());
    }
}
