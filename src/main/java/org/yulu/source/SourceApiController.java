package org.yulu.source;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class SourceApiController {

    private final SourceCatalog catalog;

    SourceApiController(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    record SourceList(List<SourceItem> items, int total) {
    }

    @GetMapping("/api/sources")
    SourceList sources() {
        List<SourceItem> items = catalog.list();
        return new SourceList(items, items.size());
    }
}
