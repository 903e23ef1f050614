package org.yulu.interview;

import org.yulu.related.RelatedItem;
import org.yulu.source.SourceRef;

import java.util.List;

/** An interview exchange as the API shows it; {@code speaker} is the interviewee. */
public record ExchangeItem(String type, String id, String url, SourceRef source, int position, String interviewer,
        String speaker, String question, String answer, List<RelatedItem> related) {

    public static ExchangeItem of(InterviewExchange e, List<RelatedItem> related) {
        return new ExchangeItem("exchange", e.getId(), e.getUrl(), SourceRef.of(e.getSource()), e.getPosition(),
                e.getInterviewer(), e.getInterviewee(), e.getQuestion(), e.getAnswer(), related);
    }

    public ExchangeItem withRelated(List<RelatedItem> links) {
        return new ExchangeItem(type, id, url, source, position, interviewer, speaker, question, answer, links);
    }
}
