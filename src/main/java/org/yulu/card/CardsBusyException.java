package org.yulu.card;

/** Every drawing thread is busy and the queue is full: the client should ask again a little later. */
class CardsBusyException extends RuntimeException {

    CardsBusyException() {
        super("Cards are being drawn for other requests; ask again in a few seconds.");
    }
}
