package org.yulu.meaning;

import org.yulu.system.TryAgainLaterException;

/** Every thread encoding questions is busy and the queue is full: the client should ask again in a moment. */
public class QuestionsBusyException extends TryAgainLaterException {

    QuestionsBusyException() {
        super(503, "Searches by meaning are waiting for the server; try again in a second.", 1, "error.busy.meaning");
    }
}
