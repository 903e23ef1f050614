package org.yulu.importer.parser;

import org.junit.jupiter.api.Test;
import org.yulu.importer.parser.ParsedDocument.ParsedExchange;
import org.yulu.importer.parser.ParsedDocument.ParsedQuote;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ways a user-added document may be written, and the files that must be refused. */
class DocumentVariantsTest {

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(String fileName, String text) throws UnreadableDocumentException {
        return parser.parse(fileName, DocumentDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String seed(String file) throws Exception {
        return Files.readString(Path.of("seeds", file));
    }

    @Test
    void crlfBomAndHalfWidthPunctuationGiveTheSameItemsAtTheSamePositions() throws Exception {
        for (String file : new String[] {SeedDocumentsTest.THOUGHTS, SeedDocumentsTest.BLOG}) {
            String original = seed(file);
            String variant = "\uFEFF" + original.replace("：", ":").replace("，", ",").replace("？", "?")
                    .replace("\n", "\r\n");
            ParsedDocument a = parse(file, original);
            ParsedDocument b = parse(file, variant);
            assertThat(b.title()).isEqualTo(a.title());
            assertThat(b.quotes()).extracting(q -> q.position() + " " + q.speaker() + " " + q.number())
                    .containsExactlyElementsOf(a.quotes().stream()
                            .map(q -> q.position() + " " + q.speaker() + " " + q.number()).toList());
            assertThat(b.exchanges()).extracting(ParsedExchange::position)
                    .containsExactlyElementsOf(a.exchanges().stream().map(ParsedExchange::position).toList());
            assertThat(b.repeats()).hasSameSizeAs(a.repeats());
        }
    }

    @Test
    void numbersWrittenWithCommaParenthesesOrChineseNumeralsAreRead() throws Exception {
        ParsedDocument doc = parse("numbers.txt", """
                张三的5条心得

                1、第一条心得。

                (2)第二条心得。

                （3）第三条心得。

                四、第四条心得。

                五．第五条心得。
                """);
        assertThat(doc.title()).isEqualTo("张三的5条心得");
        assertThat(doc.quotes()).extracting(q -> q.number() + ":" + q.speaker() + ":" + q.text()).containsExactly(
                "1:张三:第一条心得。", "2:张三:第二条心得。", "3:张三:第三条心得。", "4:张三:第四条心得。",
                "5:张三:第五条心得。");
    }

    @Test
    void headerLinesOverrideWhatIsGuessedAndNameWhoAnswers() throws Exception {
        ParsedDocument doc = parse("header.txt", """
                标题:关于创新的对话
                作者:某杂志
                来源:某网站
                日期:2024年7月17日
                受访者:梁文锋
                采访者:暗涌

                问:你们为什么做研究?
                答:因为我们觉得最重要的是参与到创新的浪潮里去。
                问:下一步呢?
                答:继续做研究。
                这是第二段回答。
                """);
        assertThat(doc.title()).isEqualTo("关于创新的对话");
        assertThat(doc.author()).isEqualTo("某杂志");
        assertThat(doc.publishedAt()).isEqualTo("2024-07-17");
        assertThat(doc.quotes()).isEmpty();
        assertThat(doc.exchanges()).extracting(e -> e.interviewer() + "|" + e.interviewee() + "|" + e.question()
                + "|" + e.answer()).containsExactly(
                "暗涌|梁文锋|你们为什么做研究?|因为我们觉得最重要的是参与到创新的浪潮里去。",
                "暗涌|梁文锋|下一步呢?|继续做研究。\n这是第二段回答。");
    }

    @Test
    void questionAndAnswerLettersWorkInEitherWidth() throws Exception {
        ParsedDocument doc = parse("qa.txt", """
                受访者:王五

                Q：What matters most?
                A：Curiosity.
                Ｑ:And then?
                Ａ:Patience.
                """);
        assertThat(doc.title()).isEqualTo("qa");
        assertThat(doc.exchanges()).extracting(e -> e.interviewer() + "|" + e.interviewee() + "|" + e.answer())
                .containsExactly("提问者|王五|Curiosity.", "提问者|王五|Patience.");
    }

    @Test
    void turnsLabelledByNameAreExchangesAndTheNarratorKeepsTheRest() throws Exception {
        ParsedDocument doc = parse("names.txt", """
                李四和赵六的对话

                主持人:你好吗?

                李四:很好,谢谢。

                主持人:最近在做什么?

                李四:在写书。

                对话结束后的一段评论。
                """);
        assertThat(doc.exchanges()).extracting(e -> e.interviewer() + "|" + e.interviewee() + "|" + e.question())
                .containsExactly("主持人|李四|你好吗?", "主持人|李四|最近在做什么?");
        assertThat(doc.quotes()).extracting(ParsedQuote::text).containsExactly("对话结束后的一段评论。");
    }

    @Test
    void aLoneColonInTextIsNotATurn() throws Exception {
        ParsedDocument doc = parse("colon.txt", """
                随笔

                注意:这不是对话。

                第二段。
                """);
        assertThat(doc.exchanges()).isEmpty();
        assertThat(doc.quotes()).extracting(ParsedQuote::text).containsExactly("注意:这不是对话。", "第二段。");
    }

    @Test
    void emptyBinaryAndNonUtf8FilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> DocumentDecoder.decode(new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> DocumentDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> DocumentDecoder.decode("梁文锋:创新".getBytes(Charset.forName("GBK"))))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> DocumentDecoder.decode(" \n\r\n ".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("white space");
    }

    @Test
    void aDocumentWithNothingRecognisableIsRefused() {
        assertThatThrownBy(() -> parse("furniture.txt", "只有标题\n\n感谢大家的关注\n0 阅读:12\n"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("nothing recognisable");
    }

    @Test
    void aHeaderDateThatIsNoDateIsRefused() {
        assertThatThrownBy(() -> parse("baddate.txt", "日期:昨天\n\n问:好?\n答:好。\n"))
                .hasMessageContaining("'昨天' is not a date");
    }

    @Test
    void aLongFirstLineIsAParagraphNotATitleAndStaysAQuote() throws Exception {
        String paragraph = "我们认为创新需要耐心。".repeat(25);

        ParsedDocument doc = parse("长段落.txt", paragraph + "\n\n" + "第二段也是作者的话。\n");

        assertThat(paragraph).hasSize(275);
        assertThat(doc.title()).isEqualTo("长段落");
        assertThat(doc.quotes()).extracting(ParsedQuote::text).containsExactly(paragraph, "第二段也是作者的话。");
    }

    @Test
    void theSlugComesFromTheFileNameAndIsSafeInAUrl() {
        assertThat(DocumentParser.slug("000_ce303afc9506ad64.txt")).isEqualTo("000_ce303afc9506ad64");
        assertThat(DocumentParser.slug("My Interview (2024).TXT")).isEqualTo("my-interview-2024");
        assertThat(DocumentParser.slug("梁文锋 访谈.txt")).isEqualTo("梁文锋-访谈");
        assertThat(DocumentParser.slug("../..%2F.txt")).isEqualTo("2f");
    }
}
