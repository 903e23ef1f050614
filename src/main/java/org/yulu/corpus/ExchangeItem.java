package org.yulu.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.stream.Stream;

/**
 * An interview exchange as the API shows it; {@code speaker} is the interviewee.
 *
 * @param similar the items closest in meaning, on the read API's single item only; null (left out) elsewhere
 */
public record ExchangeItem(String type, String id, String url, SourceRef source, int position, String interviewer,
        String speaker, String question, String answer, List<RelatedItem> related,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SimilarItem> similar) implements Item {

    public ExchangeItem(String type, String id, String url, SourceRef source, int position, String interviewer,
            String speaker, String question, String answer, List<RelatedItem> related) {
        this(type, id, url, source, position, interviewer, speaker, question, answer, related, null);
    }

    public static ExchangeItem of(InterviewExchange e, List<RelatedItem> related) {
        return new ExchangeItem(ItemKind.EXCHANGE.type(), e.getId(), e.getUrl(), SourceRef.of(e.getSource()),
                e.getPosition(), e.getInterviewer(), e.getInterviewee(), e.getQuestion(), e.getAnswer(), related);
    }

    @Override
    public ExchangeItem withRelated(List<RelatedItem> links) {
        return new ExchangeItem(type, id, url, source, position, interviewer, speaker, question, answer, links,
                similar);
    }

    @Override
    public ExchangeItem withSimilar(List<SimilarItem> near) {
        return new ExchangeItem(type, id, url, source, position, interviewer, speaker, question, answer, related,
                near);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.EXCHANGE;
    }

    @Override
    public String words() {
        return answer;
    }

    @Override
    public List<String> texts() {
        return Stream.of(answer, question).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
