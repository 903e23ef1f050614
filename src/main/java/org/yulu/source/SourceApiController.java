package org.yulu.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "sources")
class SourceApiController {

    private final SourceCatalog catalog;

    SourceApiController(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    record SourceList(List<SourceItem> items, int total) {
    }

    @GetMapping("/api/sources")
    @Operation(summary = "Every imported source with how many quotes and exchanges it holds, by id")
    @ApiResponse(responseCode = "200", description = "All sources; the list is short, so it is not paged")
    SourceList sources() {
        List<SourceItem> items = catalog.list();
        return new SourceList(items, items.size());
    }
}
