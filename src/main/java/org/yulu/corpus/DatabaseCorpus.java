package org.yulu.corpus;

import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** The database's items, read a batch at a time so a large corpus never sits in memory whole. */
@Component
class DatabaseCorpus implements Corpus {

    private final CorpusFingerprint fingerprint;
    private final CorpusItems items;

    DatabaseCorpus(CorpusFingerprint fingerprint, CorpusItems items) {
        this.fingerprint = fingerprint;
        this.items = items;
    }

    @Override
    public String fingerprint() {
        return fingerprint.current();
    }

    @Override
    public void forEachItem(Consumer<Item> sink) {
        items.forEach(CorpusItems.BY_ID, sink);
    }
}
