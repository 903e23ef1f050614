package org.yulu.importer;

import jakarta.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.yulu.source.Source;
import org.yulu.source.SourceRepository;
import org.yulu.system.YuluProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Imports every {@code *.txt} in the seeds folder at startup and at every rescan: new and changed files are
 * (re)imported, unchanged ones skipped, removed ones deleted. A file that cannot be read is skipped with one log
 * line (once, until it changes); its earlier version, if any, stays.
 */
@Component
public class SeedImporter implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final YuluProperties properties;
    private final SourceRepository sources;
    private final CorpusWriter writer;
    private final ApplicationEventPublisher events;
    private final ImportLock lock;
    private final DocumentParser parser = new DocumentParser();
    private final Map<String, FileStamp> seen = new ConcurrentHashMap<>();
    /** Source id → content hash as last announced; null until the first announcement. */
    private Map<String, String> announcedCorpus;

    SeedImporter(YuluProperties properties, SourceRepository sources, CorpusWriter writer,
            ApplicationEventPublisher events, ImportLock lock) {
        this.properties = properties;
        this.sources = sources;
        this.writer = writer;
        this.events = events;
        this.lock = lock;
    }

    /** Runs before the web server opens, so the first request already sees the seeds. */
    @Override
    public void afterSingletonsInstantiated() {
        importAll();
    }

    /**
     * Brings the database in line with the seeds folder; returns how many sources this instance changed.
     * Instances sharing a database take turns; one that waited finds the content hashes unchanged and imports
     * nothing. The corpus is announced after the first run and whenever the database holds other sources than
     * when last announced, including those another instance imported, so every instance rebuilds what it derives.
     */
    public synchronized int importAll() {
        int changed = lock.holding(this::syncWithSeedsFolder);
        Map<String, String> corpus = corpusInDatabase();
        if (!corpus.equals(announcedCorpus)) {
            int differing = announcedCorpus == null ? changed : differingSources(announcedCorpus, corpus);
            announcedCorpus = corpus;
            events.publishEvent(new CorpusImported(differing));
        }
        return changed;
    }

    private Map<String, String> corpusInDatabase() {
        Map<String, String> hashes = new HashMap<>();
        sources.findAll().forEach(source -> hashes.put(source.getId(), source.getContentHash()));
        return hashes;
    }

    private static int differingSources(Map<String, String> before, Map<String, String> after) {
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        return (int) ids.stream().filter(id -> !Objects.equals(before.get(id), after.get(id))).count();
    }

    private int syncWithSeedsFolder() {
        Path dir = properties.seedsDir();
        if (!Files.isDirectory(dir)) {
            log.warn("Seeds folder {} does not exist; nothing imported. Create it or set yulu.seeds-dir.",
                    dir.toAbsolutePath());
            return 0;
        }
        List<Path> files = seedFiles(dir);
        if (files == null) {
            return 0;
        }
        int changed = 0;
        Set<String> present = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            present.add(name);
            if (importFile(file, name)) {
                changed++;
            }
        }
        for (Source source : sources.findAll()) {
            if (!present.contains(source.getFileName())) {
                writer.remove(source.getId());
                log.info("Removed {}: its file is gone from {}", source.getFileName(), dir);
                changed++;
            }
        }
        seen.keySet().retainAll(present);
        return changed;
    }

    private boolean importFile(Path file, String name) {
        long start = System.nanoTime();
        try {
            FileStamp stamp = FileStamp.of(file);
            Source existing = sources.findByFileName(name).orElse(null);
            FileStamp before = seen.get(name);
            if (stamp.sameFileAs(before) && (before.hash() == null
                    || (existing != null && existing.getContentHash().equals(before.hash())))) {
                return false;
            }
            byte[] bytes = Files.readAllBytes(file);
            String hash = sha256(bytes);
            if (existing != null && existing.getContentHash().equals(hash)) {
                seen.put(name, stamp.withHash(hash));
                return false;
            }
            seen.put(name, stamp);
            ParsedDocument doc = parser.parse(name, DocumentDecoder.decode(bytes));
            Source sameId = sources.findById(doc.slug()).orElse(null);
            if (sameId != null && !sameId.getFileName().equals(name)) {
                throw new UnreadableDocumentException("its id '" + doc.slug() + "' is already taken by "
                        + sameId.getFileName() + "; rename one of the two files");
            }
            writer.replace(doc, hash);
            seen.put(name, stamp.withHash(hash));
            log.info("Imported {}: {} quotes, {} exchanges, {} repeats in {} ms", name, doc.quotes().size(),
                    doc.exchanges().size(), doc.repeats().size(), (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (UnreadableDocumentException e) {
            log.warn("Skipped {}: {}. Fix the file; it is read again when it changes.", name, e.getMessage());
        } catch (IOException e) {
            log.warn("Skipped {}: it could not be read ({}). Check its permissions.", name, e.getMessage());
        } catch (PersistenceException | DataAccessException e) {
            // the document's transaction rolled back whole; one bad file must not stop the start or the others
            log.warn("Skipped {}: the database refused it ({}). Its earlier version, if any, stays.", name,
                    rootCause(e));
        }
        return false;
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

    /** Size and modification time of a seed file, and its hash once read: unchanged files are not read again. */
    private record FileStamp(long size, long modified, String hash) {

        static FileStamp of(Path file) throws IOException {
            return new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis(), null);
        }

        boolean sameFileAs(FileStamp other) {
            return other != null && other.size == size && other.modified == modified;
        }

        FileStamp withHash(String hash) {
            return new FileStamp(size, modified, hash);
        }
    }

    /** The seed files, or null when the folder cannot be listed (then nothing is removed either). */
    private static List<Path> seedFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("Seeds folder {} could not be listed ({}); nothing imported. Check that this process may "
                    + "read the folder, or set yulu.seeds-dir.", dir, e.getMessage());
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
