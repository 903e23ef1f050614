package org.yulu.card;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yulu.system.DaemonThreads;
import org.yulu.system.SiteAnswered;
import org.yulu.system.YuluProperties;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Which installed font cards are drawn in, and the painter that draws in it: the first family of
 * {@code yulu.card-fonts} that Java's font list has and that draws Chinese. Without one, cards are not offered at
 * all, said once in the log. Java reads the system's fonts slowly, so the list is read in the background once the
 * app is ready, or by whoever needs it first.
 */
@Component
public class CardFonts {

    private static final Logger log = LoggerFactory.getLogger(CardFonts.class);

    /** Characters any font fit for the corpus draws: common Han characters and full-width punctuation. */
    static final String CHINESE_SAMPLE = "语录中文的一是了我不人在他有这，。、：？！「」《》";
    /** Java's own names that stand for some other font; a card names a real one. */
    private static final Set<String> LOGICAL_FAMILIES = Set.of("Dialog", "DialogInput", "Serif", "SansSerif",
            "Monospaced");

    /** What draws cards in the font chosen, or why there is none. */
    record Choice(Optional<CardPainter> painter, String reason) {
    }

    private final List<String> wanted;
    private final CompletableFuture<Choice> choice = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    CardFonts(YuluProperties properties) {
        this.wanted = properties.cardFonts();
    }

    @EventListener(SiteAnswered.class)
    void readFontsInTheBackground() {
        if (started.compareAndSet(false, true)) {
            DaemonThreads.start("card-fonts", this::choose);
        }
    }

    Choice choice() {
        if (started.compareAndSet(false, true)) {
            choose();
        }
        return choice.join();
    }

    private void choose() {
        try {
            choice.complete(choose(wanted));
        } catch (RuntimeException | Error e) {
            choice.complete(new Choice(Optional.empty(), "Java could not read the installed fonts: " + e));
        }
        choice.join().painter().ifPresentOrElse(
                painter -> log.info("Share cards are drawn in {}", painter.typeface().familyName()),
                () -> log.warn("Share cards are off: {}", choice.join().reason()));
    }

    static Choice choose(List<String> wanted) {
        GraphicsEnvironment fonts = GraphicsEnvironment.getLocalGraphicsEnvironment();
        Set<String> installed = Set.of(fonts.getAvailableFontFamilyNames());
        for (String family : wanted) {
            Font font = new Font(family, Font.PLAIN, 1);
            if (installed.contains(family) && !LOGICAL_FAMILIES.contains(family)
                    && font.canDisplayUpTo(CHINESE_SAMPLE) == -1) {
                return new Choice(Optional.of(new CardPainter(new CardTypeface(font, others(fonts, family)))), family);
            }
        }
        return new Choice(Optional.empty(), "none of the fonts in yulu.card-fonts " + wanted
                + " is installed and draws Chinese; install one (on Debian: apt-get install fonts-noto-cjk)");
    }

    /** Installed fonts other than the family, upright and regular, in a fixed order, to draw what it lacks. */
    private static List<Font> others(GraphicsEnvironment fonts, String family) {
        return Arrays.stream(fonts.getAllFonts())
                .filter(f -> !f.getFamily().equals(family) && !LOGICAL_FAMILIES.contains(f.getFamily()))
                .filter(f -> f.getFontName().equals(f.getFamily()) || f.getFontName().endsWith(" Regular"))
                .sorted(Comparator.comparing(Font::getFamily))
                .toList();
    }
}
