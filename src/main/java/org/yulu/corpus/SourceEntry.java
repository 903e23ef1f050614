package org.yulu.corpus;

import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What stands at one position of a source: a quote, an exchange or an answer repeat. Its id is the source's id and
 * the position, so it survives re-imports and a new database.
 */
@MappedSuperclass
public abstract class SourceEntry {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    protected SourceEntry() {
    }

    protected SourceEntry(String id, Source source, int position) {
        this.id = id;
        this.source = source;
        this.position = position;
    }

    public String getId() {
        return id;
    }

    public Source getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }
}
