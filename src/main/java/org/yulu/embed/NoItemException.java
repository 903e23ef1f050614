package org.yulu.embed;

import org.yulu.system.NotFoundException;

/** Nothing to answer with: the filters let no item through, or the corpus is empty. */
class NoItemException extends NotFoundException {

    NoItemException(String message) {
        super(message);
    }
}
