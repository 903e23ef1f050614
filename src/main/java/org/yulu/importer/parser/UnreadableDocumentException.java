package org.yulu.importer.parser;

/** A seed file that cannot be imported; the message says why in the reader's words. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
