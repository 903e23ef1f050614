package org.yulu.importer;

import org.yulu.corpus.ContentHash;
import org.yulu.importer.parser.DocumentDecoder;
import org.yulu.importer.parser.DocumentParser;
import org.yulu.importer.parser.ParsedDocument;
import org.yulu.importer.parser.UnreadableDocumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What reading a seed file found: one record for each thing the import then does with the file. */
sealed interface SeedReading {

    /** Its stamp is as last seen, and it was skipped then or the database holds the content it had: nothing to do. */
    record Unchanged() implements SeedReading {
    }

    /** The file was saved again with the content already stored: only its stamp, hash included, is remembered. */
    record SameContent(FileStamp stamp) implements SeedReading {
    }

    /** A document to write; its stamp is remembered at once, and again with the hash once written. */
    record Parsed(ParsedDocument doc, String hash, FileStamp stamp) implements SeedReading {
    }

    /**
     * The file cannot be imported, for the reason given. With a stamp, it is not read again until it changes;
     * without one (it could not be read at all), the stamp it was last seen with stays.
     */
    record Skipped(String reason, Optional<FileStamp> stamp) implements SeedReading {
    }

    /**
     * Reads the file unless its stamp is as last seen and its content was skipped then or is the stored source's;
     * {@code storedHash} is that source's content hash, or null when no source was stored from the file.
     */
    static SeedReading of(Path file, FileStamp lastSeen, String storedHash) {
        FileStamp stamp = null;
        try {
            stamp = FileStamp.of(file);
            if (stamp.sameFileAs(lastSeen) && (lastSeen.hash() == null || lastSeen.hash().equals(storedHash))) {
                return new Unchanged();
            }
            byte[] bytes = Files.readAllBytes(file);
            String hash = ContentHash.sha256(bytes);
            if (hash.equals(storedHash)) {
                return new SameContent(stamp.withHash(hash));
            }
            String name = file.getFileName().toString();
            return new Parsed(new DocumentParser().parse(name, DocumentDecoder.decode(bytes)), hash, stamp);
        } catch (UnreadableDocumentException e) {
            return new Skipped(e.getMessage() + ". Fix the file; it is read again when it changes", Optional.of(stamp));
        } catch (IOException e) {
            return new Skipped("it could not be read (" + e.getMessage() + "). Check its permissions",
                    Optional.empty());
        }
    }
}
