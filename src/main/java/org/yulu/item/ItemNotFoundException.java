package org.yulu.item;

import org.yulu.corpus.ItemKind;
import org.yulu.system.NotFoundException;

class ItemNotFoundException extends NotFoundException {

    ItemNotFoundException(ItemKind kind, String id) {
        super(kind.noneWithId(id));
    }
}
