package org.yulu.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A place where a source quotes one of its own interview answers again. It is not an item of its own: it keeps
 * its place in the reading order and links to the exchange it repeats.
 */
@Entity
public class AnswerRepeat extends SourceEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exchange_id")
    private InterviewExchange exchange;

    @Column(nullable = false)
    private String speaker;

    @Column(nullable = false)
    private String text;

    protected AnswerRepeat() {
    }

    public AnswerRepeat(String id, Source source, int position, InterviewExchange exchange, String speaker,
            String text) {
        super(id, source, position);
        this.exchange = exchange;
        this.speaker = speaker;
        this.text = text;
    }

    public InterviewExchange getExchange() {
        return exchange;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getText() {
        return text;
    }
}
