package org.yulu.card;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reports cards in /actuator/health as {@code cards}: UP with the font they are drawn in and how many were drawn,
 * or OFF with why, which leaves the site as a whole UP, since everything else still works.
 */
@Component("cardsHealthIndicator")
class CardHealth implements HealthIndicator {

    static final Status OFF = new Status("OFF", "no share cards: no font draws Chinese");

    private final CardFonts fonts;
    private final CardDrawing drawing;

    CardHealth(CardFonts fonts, CardDrawing drawing) {
        this.fonts = fonts;
        this.drawing = drawing;
    }

    @Override
    public Health health() {
        CardFonts.Choice choice = fonts.choice();
        return choice.painter()
                .map(painter -> Health.up().withDetail("font", painter.typeface().familyName())
                        .withDetail("drawn", drawing.drawn()))
                .orElseGet(() -> Health.status(OFF).withDetail("reason", choice.reason()))
                .build();
    }
}
