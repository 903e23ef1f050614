package org.yulu.source;

import org.springframework.stereotype.Component;
import org.yulu.corpus.SourceRepository;
import org.yulu.system.BadRequestException;
import org.yulu.system.QueryValue;

/** Checks a {@code source} filter against the sources that exist, so a typo gets a clear answer. */
@Component
public class SourceFilter {

    private final SourceRepository sources;

    SourceFilter(SourceRepository sources) {
        this.sources = sources;
    }

    /** The source id to filter by, or null for all sources. */
    public String check(String source) {
        String id = QueryValue.strippedOrNull(source);
        if (id != null && !sources.existsById(id)) {
            throw new BadRequestException("source must be the id of a source (see /api/sources), not '" + id + "'",
                    "error.param.source", id);
        }
        return id;
    }
}
