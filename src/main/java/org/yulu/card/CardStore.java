package org.yulu.card;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yulu.system.YuluProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The cards drawn so far, kept in {@code <data-dir>/cards} under their key, which says all they show: derived
 * data, which may be deleted at any time and is drawn again when asked for.
 */
@Component
class CardStore {

    private final Path folder;

    @Autowired
    CardStore(YuluProperties properties) {
        this(properties.dataDir().resolve("cards"));
    }

    CardStore(Path folder) {
        this.folder = folder;
    }

    Optional<Path> find(String key) {
        Path card = path(key);
        return Files.isRegularFile(card) ? Optional.of(card) : Optional.empty();
    }

    /** Keeps a drawn card; a reader sees the whole file or none, even if two instances write it at once. */
    Path keep(String key, byte[] png) {
        Path card = path(key);
        try {
            Files.createDirectories(card.getParent());
            Path partial = Files.createTempFile(card.getParent(), key, ".part");
            try {
                Files.write(partial, png);
                Files.move(partial, card, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return card;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the card " + card, e);
        }
    }

    /** Spread over 256 folders by the key's first two hex digits, so that no folder holds every card. */
    private Path path(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".png");
    }
}
