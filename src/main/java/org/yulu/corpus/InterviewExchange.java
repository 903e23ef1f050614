package org.yulu.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One question of an interview and its answer. */
@Entity
public class InterviewExchange extends SourceEntry {

    @Column(nullable = false)
    private String interviewer;

    @Column(nullable = false)
    private String interviewee;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private String answer;

    /** Whether the answer stands alone, away from its source (decided when the document is read). */
    private boolean quotable = true;

    protected InterviewExchange() {
    }

    public InterviewExchange(String id, Source source, int position, String interviewer, String interviewee,
            String question, String answer) {
        super(id, source, position);
        this.interviewer = interviewer;
        this.interviewee = interviewee;
        this.question = question;
        this.answer = answer;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public String getInterviewee() {
        return interviewee;
    }

    public String getQuestion() {
        return question;
    }

    public boolean isQuotable() {
        return quotable;
    }

    public String getAnswer() {
        return answer;
    }

    public String getUrl() {
        return ItemKind.EXCHANGE.url(getId());
    }
}
