package org.yulu.importer.parser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yulu.importer.parser.ParsedDocument.ParsedExchange;
import org.yulu.importer.parser.ParsedDocument.ParsedQuote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The two seed documents, parsed from the files in seeds/ exactly as they ship. */
public class SeedDocumentsTest {

    public static final String THOUGHTS = "000_ce303afc9506ad64.txt";
    public static final String BLOG = "003_becfb7cbb320fc93.txt";

    static ParsedDocument thoughts;
    static ParsedDocument blog;

    @BeforeAll
    static void parseSeeds() throws Exception {
        thoughts = parse(THOUGHTS);
        blog = parse(BLOG);
    }

    static ParsedDocument parse(String file) throws Exception {
        return new DocumentParser().parse(file, DocumentDecoder.decode(Files.readAllBytes(Path.of("seeds", file))));
    }

    @Test
    void thoughtsHaveTheirCleanTitlePublisherAndDate() {
        assertThat(thoughts.slug()).isEqualTo("000_ce303afc9506ad64");
        assertThat(thoughts.title()).isEqualTo("DeepSeek创始人梁文锋的30条思考");
        assertThat(thoughts.author()).isEqualTo("杰华评科技");
        assertThat(thoughts.publishedAt()).isEqualTo("2025-02-09T16:30:20");
    }

    @Test
    void thoughtsAreThirtyNumberedQuotesByLiangWenfengInOrder() {
        assertThat(thoughts.quotes()).hasSize(30);
        assertThat(thoughts.exchanges()).isEmpty();
        assertThat(thoughts.quotes()).extracting(ParsedQuote::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
        assertThat(thoughts.quotes()).extracting(ParsedQuote::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
        assertThat(thoughts.quotes()).extracting(ParsedQuote::speaker).containsOnly("梁文锋");
        assertThat(thoughts.quotes().get(0).text())
                .isEqualTo("我们做大模型,跟量化和金融都没有直接关系。我们要做的是通用人工智能,也就是AGI。");
        assertThat(thoughts.quotes().get(28).text()).isEqualTo("大部分中国公司习惯follow,而不是创新。");
        assertThat(thoughts.quotes().get(29).text()).startsWith("创新的成本肯定不低,过去那种拿来主义的惯例")
                .endsWith("不知道怎么组织高密度的人才实现有效的创新。");
    }

    @Test
    void pageFurnitureIsNeverAQuote() {
        List<String> texts = new ArrayList<>();
        for (ParsedDocument doc : List.of(thoughts, blog)) {
            doc.quotes().forEach(q -> texts.add(q.text()));
        }
        assertThat(texts).noneMatch(t -> t.contains("阅读") || t.contains("感谢大家的关注") || t.equals("杰华评科技")
                || t.contains("minute read") || t.startsWith("Published"));
    }

    @Test
    void blogHasItsTitleAndTheAuthorTheTitleNames() {
        assertThat(blog.title()).isEqualTo("deepseek创始人的专访和北风对技术的回顾");
        assertThat(blog.author()).isEqualTo("北风");
        assertThat(blog.publishedAt()).isNull();
    }

    @Test
    void blogHasSixteenExchangesBetweenTheReporterAndLiangWenfeng() {
        List<ParsedExchange> exchanges = blog.exchanges();
        assertThat(exchanges).hasSize(16);
        assertThat(exchanges).extracting(ParsedExchange::interviewer).containsOnly("记者");
        assertThat(exchanges).extracting(ParsedExchange::interviewee).containsOnly("梁文锋");
        assertThat(exchanges.get(0).question()).isEqualTo("为什么DeepSeek会让硅谷的很多人惊讶?");
        assertThat(exchanges.get(0).answer()).startsWith("在美国每天发生的大量创新里,这是非常普通的一个。")
                .endsWith("毕竟大部分中国公司习惯follow而不是创新。");
        assertThat(exchanges.get(15).question()).isEqualTo("你对国内原始创新也是乐观的么?");
        assertThat(exchanges.get(15).answer()).endsWith("我们只是还需要一堆事实和一个过程。");
        assertThat(exchanges).extracting(ParsedExchange::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 17).boxed().toList());
    }

    @Test
    void theIntroBeforeTheFirstQuestionIsTheAuthorsOwnQuote() {
        ParsedQuote intro = blog.quotes().get(0);
        assertThat(intro.position()).isEqualTo(1);
        assertThat(intro.speaker()).isEqualTo("北风");
        assertThat(intro.text()).isEqualTo("原文 DS的专访大家在网上自行检索,这里呢我也复制网上一些专访的内容,"
                + "DS创始人说的话和我以往的一些想法还是有相似的地方的。 以下是DS专访内容");
    }

    @Test
    void reQuotedAnswersAreRepeatsLinkedToTheirExchangeNotNewQuotes() {
        assertThat(blog.repeats()).extracting(r -> r.position() + "->" + r.exchangePosition())
                .containsExactly("19->7", "27->16");
        assertThat(blog.quotes()).noneMatch(q -> q.speaker().equals("梁文锋"));
    }

    @Test
    void theAuthorsRemarksPointsAndEssayAreHisQuotesUnderTheirHeadings() {
        // the four headings are the context of the quotes under them, not quotes of their own
        assertThat(blog.quotes()).hasSize(16).extracting(ParsedQuote::speaker).containsOnly("北风");
        assertThat(blog.quotes()).extracting(q -> q.number() + "|" + q.context() + "|" + q.text().substring(0, 6))
                .containsExactly(
                        "null|null|原文 DS的",
                        "null|null|这段话与我之",
                        "1|西方社区的程序员技术发展特点|项目立项时间",
                        "2|西方社区的程序员技术发展特点|技术历史悠久",
                        "3|西方社区的程序员技术发展特点|长期的高度成",
                        "4|西方社区的程序员技术发展特点|拥有长达几十",
                        "null|西方社区的程序员技术发展特点|这些与我前面",
                        "null|西方社区的程序员技术发展特点|github",
                        "null|西方社区的程序员技术发展特点|之前我也写过",
                        "null|国内这么多码农,为什么出不来JetBrains, MathWorks这样的公司?|国内大部分程",
                        "null|国内这么多码农,为什么出不来JetBrains, MathWorks这样的公司?|因为大部分人",
                        "null|技术认知是国内程序员的重要问题|只看到应用层",
                        "1|你讲了半天要怎么做呢?|丢掉自己在国",
                        "2|你讲了半天要怎么做呢?|学习gith",
                        "3|你讲了半天要怎么做呢?|通过学习吸收",
                        "null|你讲了半天要怎么做呢?|要搞起来,只");
    }

    @Test
    void theIntroductionAndTwoTransitionalLinesStayInTheirPlaceButDoNotStandAlone() {
        assertThat(blog.quotes()).filteredOn(q -> !q.quotable()).extracting(ParsedQuote::position)
                .containsExactly(1, 18, 25);
        assertThat(thoughts.quotes()).allMatch(ParsedQuote::quotable);
        assertThat(blog.exchanges()).allMatch(ParsedDocument.ParsedExchange::quotable);
    }

    @Test
    void everySentenceOfBothDocumentsIsInExactlyOneItemOrIsAHeading() throws Exception {
        for (ParsedDocument doc : List.of(thoughts, blog)) {
            List<String> items = new ArrayList<>();
            doc.quotes().forEach(q -> items.add(q.text()));
            Set<String> headings = new HashSet<>();
            doc.quotes().forEach(q -> {
                if (q.context() != null) {
                    headings.add(q.context());
                }
            });
            doc.exchanges().forEach(e -> items.add(e.question() + "\n" + e.answer()));
            String source = Files.readString(Path.of("seeds", doc.fileName()));
            for (String sentence : sentences(source)) {
                if (isFurniture(sentence, doc) || headings.contains(sentence.strip())) {
                    continue;
                }
                assertThat(items.stream().filter(item -> item.contains(sentence)).count())
                        .as("items holding «%s»", sentence).isEqualTo(1);
            }
        }
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String body = line.strip().replaceFirst("^(记者|梁文锋)[:：]", "")
                    .replaceFirst("^(\\d+\\.|[一二三]、|•)\\s*", "");
            for (String s : body.split("(?<=[。!?])")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static boolean isFurniture(String sentence, ParsedDocument doc) {
        return sentence.startsWith(doc.title()) || sentence.contains("阅读:") || sentence.equals("杰华评科技")
                || sentence.startsWith("杰华评科技 ") || sentence.equals("感谢大家的关注")
                || sentence.equals("less than 1 minute read") || sentence.equals("Published:")
                || sentence.endsWith("以下是DS专访内容 记者:为什么DeepSeek会让硅谷的很多人惊讶?");
    }
}
