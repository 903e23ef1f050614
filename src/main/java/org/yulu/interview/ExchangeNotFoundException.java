package org.yulu.interview;

import org.yulu.system.NotFoundException;

public class ExchangeNotFoundException extends NotFoundException {

    public ExchangeNotFoundException(String id) {
        super("No interview exchange has the id '" + id + "'.");
    }
}
