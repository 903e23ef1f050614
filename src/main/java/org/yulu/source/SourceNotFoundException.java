package org.yulu.source;

import org.yulu.system.NotFoundException;

public class SourceNotFoundException extends NotFoundException {

    public SourceNotFoundException(String id) {
        super("No source has the id '" + id + "'.");
    }
}
