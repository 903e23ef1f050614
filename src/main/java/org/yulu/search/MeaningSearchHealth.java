package org.yulu.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.yulu.meaning.MeaningModel;

/**
 * Reports search by meaning in /actuator/health as {@code meaningSearch}: UP once the model has loaded and the index
 * holds every passage's vector; UNKNOWN with the state and reason otherwise. UNKNOWN never lowers the instance's
 * status (Spring Boot aggregates DOWN, OUT_OF_SERVICE, UP, UNKNOWN in that order), as keyword search answers
 * meanwhile.
 */
@Component("meaningSearchHealthIndicator")
class MeaningSearchHealth implements HealthIndicator {

    private final MeaningModel model;
    private final SearchIndex index;

    MeaningSearchHealth(MeaningModel model, SearchIndex index) {
        this.model = model;
        this.index = index;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown().withDetail("model", model.id());
        return switch (model.state()) {
            case OFF -> health.withDetail("state", "off").withDetail("searches", "by keyword alone").build();
            case LOADING -> health.withDetail("state", "loading").withDetail("searches", "by keyword alone for now")
                    .build();
            case UNAVAILABLE -> health.withDetail("state", "unavailable")
                    .withDetail("reason", model.unavailableBecause()).withDetail("searches", "by keyword alone")
                    .build();
            case READY -> index.holdsEveryVectorOf(model.id())
                    ? Health.up().withDetail("model", model.id()).withDetail("state", "ready").build()
                    : health.withDetail("state", "computing vectors")
                            .withDetail("searches", model.id().equals(index.vectorModel())
                                    ? "by meaning among the items with vectors" : "by keyword alone for now")
                            .build();
        };
    }
}
