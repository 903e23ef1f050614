package org.yulu.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yulu.system.YuluProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The seeds folder: the {@code *.txt} files it holds, and the stamp each had when last seen. */
@Component
class SeedsFolder {

    private static final Logger log = LoggerFactory.getLogger(SeedsFolder.class);

    private final Path dir;
    private final Map<String, FileStamp> seen = new ConcurrentHashMap<>();

    SeedsFolder(YuluProperties properties) {
        this.dir = properties.seedsDir();
    }

    Path path() {
        return dir;
    }

    /** The seed files in name order; none when the folder is missing or unlistable, so nothing is removed either. */
    Optional<List<Path>> seedFiles() {
        if (!Files.isDirectory(dir)) {
            log.warn("Seeds folder {} does not exist; nothing imported. Create it or set yulu.seeds-dir.",
                    dir.toAbsolutePath());
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return Optional.of(files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList());
        } catch (IOException e) {
            log.warn("Seeds folder {} could not be listed ({}); nothing imported. Check that this process may "
                    + "read the folder, or set yulu.seeds-dir.", dir, e.getMessage());
            return Optional.empty();
        }
    }

    /** The file's stamp when last seen, or null when it has not been seen. */
    FileStamp lastSeen(String name) {
        return seen.get(name);
    }

    void remember(String name, FileStamp stamp) {
        seen.put(name, stamp);
    }

    /** Forgets the files no longer there, so one put back is read again. */
    void forgetAllBut(Set<String> present) {
        seen.keySet().retainAll(present);
    }
}
