package org.yulu.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Something one person said or wrote, as it stands at one position of a source. */
@Entity
public class Quote extends SourceEntry {

    /** The number printed before it (1., 一、, (1)), if any. */
    private Integer number;

    @Column(nullable = false)
    private String speaker;

    /** The heading it stands under, if any. */
    private String context;

    @Column(nullable = false)
    private String text;

    /** Whether it stands alone, away from its source (decided when the document is read). */
    private boolean quotable = true;

    protected Quote() {
    }

    public Quote(String id, Source source, int position, Integer number, String speaker, String context, String text) {
        super(id, source, position);
        this.number = number;
        this.speaker = speaker;
        this.context = context;
        this.text = text;
    }

    public Integer getNumber() {
        return number;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getContext() {
        return context;
    }

    public boolean isQuotable() {
        return quotable;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return ItemKind.QUOTE.url(getId());
    }
}
