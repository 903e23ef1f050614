package org.yulu.importer;

import jakarta.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.yulu.importer.parser.ParsedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one import run's documents a group at a time, one transaction per group and each document whole: a
 * corpus of many small documents would otherwise spend its import on commits. When the database refuses a group,
 * its documents are written again one by one, so only the one it refuses is skipped.
 */
final class DocumentGroups {

    private static final Logger log = LoggerFactory.getLogger(DocumentGroups.class);
    /** Documents are written in groups of at least this many items. */
    private static final int GROUP_ITEMS = 5_000;

    private final CorpusWriter writer;
    private final Consumer<PendingDocument> whenWritten;
    private final Consumer<PendingDocument> whenRefused;
    private final List<PendingDocument> group = new ArrayList<>();
    private int documents;
    private long items;

    /** The two callbacks hear of each document as soon as the database took or refused it. */
    DocumentGroups(CorpusWriter writer, Consumer<PendingDocument> whenWritten, Consumer<PendingDocument> whenRefused) {
        this.writer = writer;
        this.whenWritten = whenWritten;
        this.whenRefused = whenRefused;
    }

    void add(PendingDocument document) {
        group.add(document);
        if (group.stream().mapToInt(p -> p.doc().itemCount()).sum() >= GROUP_ITEMS) {
            write();
        }
    }

    /** Writes the documents still waiting, fewer than a group. */
    void finish() {
        write();
    }

    int documents() {
        return documents;
    }

    /** Items and repeats written. */
    long items() {
        return items;
    }

    private void write() {
        if (group.isEmpty()) {
            return;
        }
        try {
            writer.replaceAll(group.stream().map(PendingDocument::replacement).toList());
            group.forEach(this::written);
        } catch (PersistenceException | DataAccessException groupRefused) {
            for (PendingDocument p : group) {
                try {
                    writer.replaceAll(List.of(p.replacement()));
                    written(p);
                } catch (PersistenceException | DataAccessException e) {
                    // the document's transaction rolled back whole; one bad file must not stop the others
                    log.warn("Skipped {}: the database refused it ({}). Its earlier version, if any, stays.",
                            p.name(), rootCause(e));
                    whenRefused.accept(p);
                }
            }
        }
        group.clear();
    }

    private void written(PendingDocument p) {
        ParsedDocument doc = p.doc();
        log.info("Imported {}: {} quotes, {} exchanges, {} repeats", p.name(), doc.quotes().size(),
                doc.exchanges().size(), doc.repeats().size());
        documents++;
        items += doc.itemCount() + doc.repeats().size();
        whenWritten.accept(p);
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
