package org.yulu.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One question of an interview and its answer. */
@Entity
public class InterviewExchange {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    @Column(nullable = false)
    private String interviewer;

    @Column(nullable = false)
    private String interviewee;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private String answer;

    protected InterviewExchange() {
    }

    public InterviewExchange(String id, Source source, int position, String interviewer, String interviewee,
            String question, String answer) {
        this.id = id;
        this.source = source;
        this.position = position;
        this.interviewer = interviewer;
        this.interviewee = interviewee;
        this.question = question;
        this.answer = answer;
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

    public String getInterviewer() {
        return interviewer;
    }

    public String getInterviewee() {
        return interviewee;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getUrl() {
        return ItemKind.EXCHANGE.url(id);
    }
}
