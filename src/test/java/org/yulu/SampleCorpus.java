package org.yulu;

import org.yulu.corpus.AnswerRepeat;
import org.yulu.corpus.InterviewExchange;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.Source;
import org.yulu.source.ItemPlace;
import org.yulu.source.ReadingItem;
import org.yulu.source.SourceDetails;

import java.time.Instant;
import java.util.List;

/** Small hand-made corpus entities for controller tests, shaped like the seed texts. */
public final class SampleCorpus {

    public static final Source THOUGHTS = new Source("000_thoughts", "000_thoughts.txt",
            "DeepSeek创始人梁文锋的30条思考", "杰华评科技", "2025-02-09T16:30:20", "hash", Instant.EPOCH);
    public static final Source BLOG = new Source("003_blog", "003_blog.txt", "deepseek创始人的专访和北风对技术的回顾",
            "北风", null, "hash", Instant.EPOCH);

    private SampleCorpus() {
    }

    public static Quote quote(Source source, int position, Integer number, String speaker, String text) {
        return new Quote(source.getId() + "-" + position, source, position, number, speaker, null, text);
    }

    public static Quote quoteUnder(Source source, int position, String heading, String text) {
        return new Quote(source.getId() + "-" + position, source, position, null, "北风", heading, text);
    }

    public static InterviewExchange exchange(Source source, int position, String question, String answer) {
        return new InterviewExchange(source.getId() + "-" + position, source, position, "记者", "梁文锋", question,
                answer);
    }

    public static AnswerRepeat repeat(int position, InterviewExchange of) {
        return new AnswerRepeat(of.getSource().getId() + "-" + position, of.getSource(), position, of, "梁文锋",
                of.getAnswer());
    }

    public static ReadingItem readingItem(Quote q) {
        return new ReadingItem.Said(QuoteItem.of(q, List.of()), q.getContext());
    }

    public static ItemPlace place(Source source, Quote previous, Quote next) {
        return new ItemPlace(SourceDetails.of(source), previous == null ? null : readingItem(previous),
                next == null ? null : readingItem(next));
    }
}
