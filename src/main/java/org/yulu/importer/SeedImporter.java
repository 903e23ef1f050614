package org.yulu.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;
import org.yulu.importer.parser.ParsedDocument;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports every {@code *.txt} in the seeds folder at startup and at every rescan: new and changed files are
 * (re)imported, unchanged ones skipped, removed ones deleted. A file that cannot be read is skipped with one log
 * line (once, until it changes); its earlier version, if any, stays.
 */
@Component
public class SeedImporter {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final SeedsFolder folder;
    private final SourceRepository sources;
    private final CorpusWriter writer;
    private final ImportLock lock;
    private final CorpusAnnouncer announcer;

    SeedImporter(SeedsFolder folder, SourceRepository sources, CorpusWriter writer, ImportLock lock,
            CorpusAnnouncer announcer) {
        this.folder = folder;
        this.sources = sources;
        this.writer = writer;
        this.lock = lock;
        this.announcer = announcer;
    }

    /**
     * Brings the database in line with the seeds folder; returns how many sources this instance changed.
     * Instances sharing a database take turns; one that waited finds the content hashes unchanged and imports
     * nothing, yet announces the corpus another instance imported ({@link CorpusAnnouncer}).
     */
    public synchronized int importAll() {
        int changed = lock.holding(this::syncWithSeedsFolder);
        announcer.afterImport(changed);
        return changed;
    }

    private int syncWithSeedsFolder() {
        Optional<List<Path>> listed = folder.seedFiles();
        if (listed.isEmpty()) {
            return 0;
        }
        List<Path> files = listed.get();
        Map<String, Source> byFileName = new HashMap<>();
        Map<String, String> fileNameById = new HashMap<>();
        for (Source source : sources.findAll()) {
            byFileName.put(source.getFileName(), source);
            fileNameById.put(source.getId(), source.getFileName());
        }
        long start = System.nanoTime();
        Set<String> present = new HashSet<>();
        DocumentGroups groups = new DocumentGroups(writer,
                written -> folder.remember(written.name(), written.stamp().withHash(written.hash())),
                refused -> {
                    if (!refused.replacing()) {
                        fileNameById.remove(refused.doc().slug());
                    }
                });
        try (ReadAhead readings = new ReadAhead(files, file -> read(file, byFileName))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                present.add(name);
                toWrite(name, readings.next(), fileNameById).ifPresent(groups::add);
            }
            groups.finish();
        }
        if (groups.items() > 0) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            log.info("Imported {} items from {} documents in {} ms ({} items/s)", groups.items(), groups.documents(),
                    millis, groups.items() * 1000 / Math.max(1, millis));
        }
        int removed = removeSourcesOfGoneFiles(byFileName.values(), present);
        folder.forgetAllBut(present);
        return groups.documents() + removed;
    }

    private int removeSourcesOfGoneFiles(Collection<Source> stored, Set<String> present) {
        int removed = 0;
        for (Source source : stored) {
            if (!present.contains(source.getFileName())) {
                writer.remove(source.getId());
                log.info("Removed {}: its file is gone from {}", source.getFileName(), folder.path());
                removed++;
            }
        }
        return removed;
    }

    /** Runs on the reading thread: the stamp and the source it looks up are this file's, which nothing else changes. */
    private SeedReading read(Path file, Map<String, Source> byFileName) {
        String name = file.getFileName().toString();
        Source stored = byFileName.get(name);
        return SeedReading.of(file, folder.lastSeen(name), stored == null ? null : stored.getContentHash());
    }

    /** What of a reading is to be written, if anything: an unchanged or skipped file has nothing. */
    private Optional<PendingDocument> toWrite(String name, SeedReading reading, Map<String, String> fileNameById) {
        if (reading instanceof SeedReading.Unchanged) {
            return Optional.empty();
        }
        if (reading instanceof SeedReading.SameContent same) {
            folder.remember(name, same.stamp());
            return Optional.empty();
        }
        if (reading instanceof SeedReading.Skipped skipped) {
            skipped.stamp().ifPresent(stamp -> folder.remember(name, stamp));
            log.warn("Skipped {}: {}.", name, skipped.reason());
            return Optional.empty();
        }
        SeedReading.Parsed parsed = (SeedReading.Parsed) reading;
        folder.remember(name, parsed.stamp());
        ParsedDocument doc = parsed.doc();
        String holder = fileNameById.get(doc.slug());
        if (holder != null && !holder.equals(name)) {
            log.warn("Skipped {}: its id '{}' is already taken by {}; rename one of the two files. Fix the file; "
                    + "it is read again when it changes.", name, doc.slug(), holder);
            return Optional.empty();
        }
        fileNameById.put(doc.slug(), name);
        return Optional.of(new PendingDocument(name, doc, parsed.hash(), parsed.stamp(), holder != null));
    }
}
