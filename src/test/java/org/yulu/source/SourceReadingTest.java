package org.yulu.source;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.yulu.corpus.InterviewExchange;
import org.yulu.corpus.Quote;
import org.yulu.corpus.Source;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(SourceReading.class)
class SourceReadingTest {

    @Autowired
    EntityManager em;

    @Autowired
    SourceReading reading;

    Source blog;

    @BeforeEach
    void blogWithQuotesExchangesAndARepeat() {
        blog = new Source("blog", "blog.txt", "专访和回顾", "北风", null, "hash", Instant.EPOCH);
        em.persist(blog);
        em.persist(new Quote("blog-1", blog, 1, null, "北风", null, "以下是专访内容"));
        InterviewExchange moat = new InterviewExchange("blog-2", blog, 2, "记者", "梁文锋", "护城河在哪里?", "在团队上。");
        em.persist(moat);
        em.persist(new InterviewExchange("blog-3", blog, 3, "记者", "梁文锋", "怎么看开源?", "开源是文化行为。"));
        em.persist(new Quote("blog-4", blog, 4, 1, "北风", "西方社区", "项目立项时间早"));
        em.persist(new org.yulu.corpus.AnswerRepeat("blog-5", blog, 5, moat, "梁文锋", "在团队上。"));
        em.persist(new Quote("blog-6", blog, 6, 2, "北风", "西方社区", "技术历史悠久"));
        em.persist(new Quote("blog-7", blog, 7, null, "北风", "怎么做", "丢掉包袱"));
        em.flush();
        em.clear();
    }

    @Test
    void readsEveryItemInPositionOrderWithEachHeadingOnce() {
        SourceReading.Reading read = reading.read("blog").orElseThrow();

        assertThat(read.source()).isEqualTo(new SourceDetails("blog", "专访和回顾", "北风", null, "/sources/blog", null));
        assertThat(read.items()).extracting(i -> i.position() + " " + i.kind() + " " + i.heading()).containsExactly(
                "1 quote null", "2 exchange null", "3 exchange null", "4 quote 西方社区", "5 repeat null",
                "6 quote null", "7 quote 怎么做");
    }

    @Test
    void aRepeatLinksToTheExchangeItRepeats() {
        ReadingItem.Repeat repeat = (ReadingItem.Repeat) reading.read("blog").orElseThrow().items().get(4);

        assertThat(repeat.url()).isEqualTo("/exchanges/blog-2");
        assertThat(repeat.repeatsPosition()).isEqualTo(2);
        assertThat(repeat.hasPermalink()).isFalse();
    }

    @Test
    void previousAndNextSkipRepeatsAndMixQuotesWithExchanges() {
        ItemPlace place = reading.place(blog.getId(), 4);
        assertThat(place.previous().url()).isEqualTo("/exchanges/blog-3");
        assertThat(place.next().url()).isEqualTo("/quotes/blog-6");

        assertThat(reading.place(blog.getId(), 1).previous()).isNull();
        assertThat(reading.place(blog.getId(), 7).next()).isNull();
    }

    @Test
    void anUnknownSourceReadsAsNothing() {
        assertThat(reading.read("nope")).isEmpty();
    }

    @Test
    void aPublicationDateReadsAsItsDay() {
        Source dated = new Source("d", "d.txt", "t", null, "2025-02-09T16:30:20", "h", Instant.EPOCH);
        assertThat(SourceDetails.of(dated).date()).isEqualTo("2025-02-09");
        assertThat(SourceDetails.of(dated).anchorUrl("d-3")).isEqualTo("/sources/d#d-3");
    }
}
