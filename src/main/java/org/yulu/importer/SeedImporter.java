package org.yulu.importer;

import jakarta.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Source;
import org.yulu.corpus.SourceRepository;
import org.yulu.importer.parser.ParsedDocument;

import java.nio.file.Path;
import java.util.ArrayList;
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
    /** Documents are written in groups of at least this many items, one transaction per group. */
    private static final int GROUP_ITEMS = 5_000;

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
        Written written = new Written();
        Set<String> present = new HashSet<>();
        List<Pending> group = new ArrayList<>();
        try (ReadAhead readings = new ReadAhead(files, file -> read(file, byFileName))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                present.add(name);
                toStore(name, readings.next(), fileNameById).ifPresent(pending -> {
                    group.add(pending);
                    if (group.stream().mapToInt(p -> p.doc().itemCount()).sum() >= GROUP_ITEMS) {
                        store(group, fileNameById, written);
                    }
                });
            }
            store(group, fileNameById, written);
        }
        int changed = written.documents;
        if (written.items > 0) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            log.info("Imported {} items from {} documents in {} ms ({} items/s)", written.items, written.documents,
                    millis, written.items * 1000 / Math.max(1, millis));
        }
        for (Source source : byFileName.values()) {
            if (!present.contains(source.getFileName())) {
                writer.remove(source.getId());
                log.info("Removed {}: its file is gone from {}", source.getFileName(), folder.path());
                changed++;
            }
        }
        folder.forgetAllBut(present);
        return changed;
    }

    /** Runs on the reading thread: the stamp and the source it looks up are this file's, which nothing else changes. */
    private SeedReading read(Path file, Map<String, Source> byFileName) {
        String name = file.getFileName().toString();
        Source stored = byFileName.get(name);
        return SeedReading.of(file, folder.lastSeen(name), stored == null ? null : stored.getContentHash());
    }

    /** A parsed document waiting to be written, and whether it replaces a source of the same id. */
    private record Pending(String name, ParsedDocument doc, String hash, FileStamp stamp, boolean replacing) {

        CorpusWriter.Replacement replacement() {
            return new CorpusWriter.Replacement(doc, hash, replacing);
        }
    }

    private static final class Written {
        int documents;
        long items;
    }

    /** What of a reading is to be written, if anything: an unchanged or skipped file has nothing. */
    private Optional<Pending> toStore(String name, SeedReading reading, Map<String, String> fileNameById) {
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
        return Optional.of(new Pending(name, doc, parsed.hash(), parsed.stamp(), holder != null));
    }

    /**
     * Writes the group in one transaction, each document whole, rather than one transaction per document (a
     * large corpus has thousands of small documents). When the database refuses the group, its documents are
     * written again one by one, so only the one it refuses is skipped.
     */
    private void store(List<Pending> group, Map<String, String> fileNameById, Written written) {
        if (group.isEmpty()) {
            return;
        }
        try {
            writer.replaceAll(group.stream().map(Pending::replacement).toList());
            group.forEach(p -> stored(p, written));
        } catch (PersistenceException | DataAccessException groupRefused) {
            for (Pending p : group) {
                try {
                    writer.replaceAll(List.of(p.replacement()));
                    stored(p, written);
                } catch (PersistenceException | DataAccessException e) {
                    // the document's transaction rolled back whole; one bad file must not stop the others
                    if (!p.replacing()) {
                        fileNameById.remove(p.doc().slug());
                    }
                    log.warn("Skipped {}: the database refused it ({}). Its earlier version, if any, stays.",
                            p.name(), rootCause(e));
                }
            }
        }
        group.clear();
    }

    private void stored(Pending p, Written written) {
        folder.remember(p.name(), p.stamp().withHash(p.hash()));
        ParsedDocument doc = p.doc();
        log.info("Imported {}: {} quotes, {} exchanges, {} repeats", p.name(), doc.quotes().size(),
                doc.exchanges().size(), doc.repeats().size());
        written.documents++;
        written.items += doc.itemCount() + doc.repeats().size();
    }

    /** The database's own reason, without the SQL statement it quotes. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        int statement = message.indexOf("; SQL statement");
        return statement > 0 ? message.substring(0, statement) : message;
    }
}
