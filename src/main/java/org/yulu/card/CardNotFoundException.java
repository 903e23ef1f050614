package org.yulu.card;

import org.yulu.system.NotFoundException;

/** No card at this address: no such item or format, or this server draws no cards. */
class CardNotFoundException extends NotFoundException {

    CardNotFoundException(String message) {
        super(message);
    }
}
