package org.yulu.importer;

import org.yulu.importer.parser.ParsedDocument;

/** A parsed document waiting to be written, and whether it replaces a source of the same id. */
record PendingDocument(String name, ParsedDocument doc, String hash, FileStamp stamp, boolean replacing) {

    CorpusWriter.Replacement replacement() {
        return new CorpusWriter.Replacement(doc, hash, replacing);
    }
}
