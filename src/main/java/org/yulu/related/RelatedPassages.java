package org.yulu.related;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.CorpusImported;
import org.yulu.corpus.Item;
import org.yulu.corpus.RelatedItem;
import org.yulu.system.YuluProperties;
import org.yulu.text.TextRange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parallel passages of every item: other items that repeat the same words. They are derived data, rebuilt
 * from the database after every import and kept in memory, and deterministic, so every instance derives the same
 * links without sharing a table it would have to keep in step. Like the search index, each instance also keeps
 * them in its data folder with the corpus's fingerprint: a restart on the same corpus reads them back instead of
 * comparing every item again and loading the traditional-script tables that needs.
 */
@Component
public class RelatedPassages {

    private static final Logger log = LoggerFactory.getLogger(RelatedPassages.class);

    /** Changes whenever the passages found from the same items change, so links kept by an older build are not read. */
    static final int FORMAT = 1;

    private final Corpus corpus;
    private final Path keptFile;
    private final JsonMapper json;
    private volatile RelatedIndex index = RelatedIndex.EMPTY;

    @Autowired
    RelatedPassages(Corpus corpus, YuluProperties properties, JsonMapper json) {
        this(corpus, properties.dataDir().resolve("related").resolve("passages.json"), json);
    }

    /** With {@code keptFile} null, the links are only ever held in memory. */
    RelatedPassages(Corpus corpus, Path keptFile) {
        this(corpus, keptFile, JsonMapper.builder().build());
    }

    private RelatedPassages(Corpus corpus, Path keptFile, JsonMapper json) {
        this.corpus = corpus;
        this.keptFile = keptFile;
        this.json = json;
    }

    @EventListener
    void rebuild(CorpusImported event) {
        long start = System.nanoTime();
        try {
            String fingerprint = keptFile == null ? null : corpus.fingerprint();
            RelatedIndex kept = keptFor(fingerprint);
            if (kept != null) {
                index = kept;
                log.info("Parallel passages in {} kept: {} pairs, found in the corpus as it is", keptFile,
                        kept.links());
                return;
            }
            List<Item> items = new ArrayList<>();
            corpus.forEachItem(items::add);
            index = RelatedIndex.of(items);
            log.info("Linked {} pairs of parallel passages among {} items in {} ms", index.links(), items.size(),
                    (System.nanoTime() - start) / 1_000_000);
            keep(fingerprint, index);
        } catch (RuntimeException e) {
            // Links are a reading aid: the import stands and the previous links stay rather than the app failing.
            log.warn("Parallel passages were not rebuilt; the previous links stay", e);
        }
    }

    /** The links kept for this corpus, or null when there are none to trust (missing, older, other or unreadable). */
    private RelatedIndex keptFor(String corpus) {
        if (corpus == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(keptFile)) {
            Kept kept = json.readValue(in, Kept.class);
            if (kept.format() != FORMAT || !corpus.equals(kept.corpus())) {
                return null;
            }
            if (kept.related() == null || kept.sharedRanges() == null || kept.related().containsValue(null)
                    || kept.sharedRanges().containsValue(null)) {
                log.warn("Parallel passages kept in {} are incomplete; finding them again", keptFile);
                return null;
            }
            return RelatedIndex.restored(kept.related(), kept.sharedRanges(), kept.links());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | JacksonException e) {
            log.warn("Parallel passages kept in {} are unreadable; finding them again", keptFile, e);
            return null;
        }
    }

    /**
     * Written whole into a file of its own beside the kept one and then moved over it, so a crash or another
     * rebuild writing at the same time leaves one whole file or the other.
     */
    private void keep(String corpus, RelatedIndex found) {
        if (corpus == null) {
            return;
        }
        Path next = null;
        try {
            Files.createDirectories(keptFile.getParent());
            next = Files.createTempFile(keptFile.getParent(), keptFile.getFileName().toString(), ".next");
            try (OutputStream out = Files.newOutputStream(next)) {
                json.writeValue(out, new Kept(FORMAT, corpus, found.links(), found.related(), found.sharedRanges()));
            }
            Files.move(next, keptFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            log.warn("Parallel passages could not be kept in {}; they are found again at the next start", keptFile,
                    e);
            deleteQuietly(next);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("{} is left behind", file, e);
            }
        }
    }

    /** The file's contents. */
    record Kept(int format, String corpus, int links, Map<String, List<RelatedItem>> related,
            Map<String, List<TextRange>> sharedRanges) {
    }

    /** Changes, compared by identity, whenever the links do: for answers kept with the links they show. */
    public Object version() {
        return index;
    }

    /** The other items sharing a passage with this one, in reading order (source, then position). */
    public List<RelatedItem> of(String itemId) {
        return index.related(itemId);
    }

    /**
     * Where this item's own text (a quote's text, an exchange's answer) holds passages found elsewhere: sorted,
     * non-overlapping ranges for marking them on a page (escape the text, then wrap each range).
     */
    public List<TextRange> sharedRanges(String itemId) {
        return index.sharedRanges(itemId);
    }
}
