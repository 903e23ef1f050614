package org.yulu.quote;

import org.yulu.system.NotFoundException;

public class QuoteNotFoundException extends NotFoundException {

    public QuoteNotFoundException(String id) {
        super("No quote has the id '" + id + "'.");
    }
}
