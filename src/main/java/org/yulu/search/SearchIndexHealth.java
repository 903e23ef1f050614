package org.yulu.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reports the search index in /actuator/health: DOWN until the first build, then how many items it holds. */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

    private final SearchIndex index;

    SearchIndexHealth(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        IndexStatus status = index.status();
        Health.Builder health = status.ready() ? Health.up() : Health.down();
        return health.withDetail("documents", status.documents()).build();
    }
}
