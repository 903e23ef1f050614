package org.yulu.card;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cards drawn in the installed CJK font (Debian's fonts-noto-cjk, as .ci/run installs it). */
class CardPainterTest {

    static final String PERMALINK = "https://yulu.example/quotes/000_ce303afc9506ad64-1";
    static final String SAID = "我们做大模型,跟量化和金融都没有直接关系。我们要做的是通用人工智能,也就是AGI。";
    static final String ASKED = "记者：为什么DeepSeek会让硅谷的很多人惊讶?";
    static final String LONG = "在颠覆性的技术面前,闭源形成的护城河是短暂的,即使OpenAI闭源,也无法阻止被别人赶超。"
            .repeat(50).substring(0, 2000);
    static final String MARKUP = "我看<a href=\"javascript:alert(1)\">javascript:alert(1)</a>,"
            + "\"引号\"、'quote'、&amp;与&都只是文字。<script>alert(1)</script>";
    static final String EMOJI = "开源很酷😀👍🏽,家人👨‍👩‍👧在一起❤️ ok";
    static final String LATIN = "Innovation is not only driven by business; it also needs curiosity and the desire to "
            + "create. Supercalifragilisticexpialidocious-words-stay-whole when they can.";
    static final String MIXED = "DeepSeek的V3模型用了2048块H800,训练成本约557.6万美元;Русский текст, 한국어 문장, "
            + "日本語のテキスト, العربية.";

    static CardPainter painter;

    @BeforeAll
    static void drawInTheInstalledFont() {
        CardFonts.Choice choice = CardFonts.choose(List.of("Noto Serif CJK SC", "Noto Sans CJK SC"));
        assertThat(choice.painter()).as("the card tests need fonts-noto-cjk: " + choice.reason()).isPresent();
        painter = choice.painter().orElseThrow();
    }

    static CardContent quote(String words) {
        return new CardContent(words, null, "—— 梁文锋", "DeepSeek创始人梁文锋的30条思考", "2025-02-09", PERMALINK, "语录 Yulu",
                "扫码阅读全文与出处");
    }

    static CardContent exchange(String question, String words) {
        return new CardContent(words, question, "—— 梁文锋", "deepseek创始人的专访和北风对技术的回顾", null, PERMALINK,
                "语录 Yulu", "扫码阅读全文与出处");
    }

    static List<CardContent> everyKindOfText() {
        return List.of(quote(SAID), quote(LONG), quote(MARKUP), quote(EMOJI), quote(LATIN), quote(MIXED),
                quote("好"), quote(""), exchange(ASKED, SAID), exchange(LONG, LONG), exchange(EMOJI, MARKUP));
    }

    @Test
    void eachFormatIsAPngOfItsSize() throws Exception {
        for (CardFormat format : CardFormat.values()) {
            byte[] png = painter.png(quote(SAID), format);

            assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(format.width());
            assertThat(image.getHeight()).isEqualTo(format.height());
        }
        assertThat(CardFormat.WIDE.width()).isEqualTo(1200);
        assertThat(CardFormat.WIDE.height()).isEqualTo(630);
        assertThat(CardFormat.TALL.width()).isEqualTo(1080);
        assertThat(CardFormat.TALL.height()).isEqualTo(1440);
    }

    @Test
    void everyLineFitsItsBoxAsTheFontMetricsMeasureIt() {
        Graphics2D g = graphics();
        for (CardContent content : everyKindOfText()) {
            for (CardFormat format : CardFormat.values()) {
                CardLayout layout = painter.layout(content, format);
                for (CardLayout.Placed placed : layout.texts()) {
                    FittedText text = placed.text();
                    FontMetrics metrics = g.getFontMetrics(painter.typeface().font(text.style(), text.size()));
                    for (String line : text.lines()) {
                        assertThat(measured(g, line, text)).as("%s on the %s card", line, format)
                                .isLessThanOrEqualTo(placed.box().getWidth() + 0.01);
                    }
                    double height = text.lines().isEmpty() ? 0 : (text.lines().size() - 1) * text.pitch()
                            + metrics.getLineMetrics(CardFonts.CHINESE_SAMPLE, g).getAscent()
                            + metrics.getLineMetrics(CardFonts.CHINESE_SAMPLE, g).getDescent();
                    assertThat(height).as("height of %s", text.lines())
                            .isLessThanOrEqualTo(placed.box().getHeight() + 0.01);
                    assertThat(placed.box().getMinX()).isGreaterThanOrEqualTo(48);
                    assertThat(placed.box().getMaxX()).isLessThanOrEqualTo(format.width() - 48);
                    assertThat(placed.box().getMinY()).isGreaterThanOrEqualTo(48);
                    assertThat(placed.box().getMaxY()).isLessThanOrEqualTo(format.height() - 48);
                }
                assertThat(overlaps(layout)).as("texts that overlap on the %s card of %s", format, content.words())
                        .isEmpty();
            }
        }
    }

    @Test
    void everyCharacterIsDrawnInAFontThatHasItsGlyph() {
        for (CardContent content : everyKindOfText()) {
            for (CardFormat format : CardFormat.values()) {
                for (CardLayout.Placed placed : painter.layout(content, format).texts()) {
                    for (String line : placed.text().lines()) {
                        for (CardTypeface.Run run : runs(line, placed.text())) {
                            assertThat(run.font().canDisplayUpTo(run.text())).as("%s in %s", run.text(),
                                    run.font().getFontName()).isEqualTo(-1);
                        }
                    }
                }
            }
        }
    }

    @Test
    void anEmojiTheFontLacksIsDrawnInAnotherInstalledFontOrLeftOut() {
        String drawn = String.join("", words(painter.layout(quote(EMOJI), CardFormat.WIDE)).text().lines());
        boolean anyFontHasIt = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(f -> f.canDisplay(0x1F600));

        assertThat(drawn.contains("😀")).isEqualTo(anyFontHasIt);
        assertThat(drawn).startsWith("开源很酷").contains("家人").contains("在一起").endsWith("ok")
                .doesNotContain("\u200d", "\ufe0f", "\ud83c\udffd");
        assertThat(painter.typeface().drawable("新\uDB7F\uDFFF字\u0007")).isEqualTo("新字"); // private use, a bell
    }

    @Test
    void aTwoThousandCharacterItemIsCutAtASentenceEndWithAnEllipsis() {
        for (CardFormat format : CardFormat.values()) {
            FittedText words = words(painter.layout(quote(LONG), format)).text();
            String drawn = String.join("", words.lines());

            assertThat(words.cut()).isTrue();
            assertThat(drawn).endsWith("。…");
            assertThat(ChinesePunctuation.widen(LONG)).startsWith(drawn.substring(0, drawn.length() - 1));
        }
    }

    @Test
    void shortWordsAreSetLargeAndLongOnesSmaller() {
        FittedText one = words(painter.layout(quote("好"), CardFormat.WIDE)).text();
        FittedText said = words(painter.layout(quote(SAID), CardFormat.WIDE)).text();
        FittedText cut = words(painter.layout(quote(LONG), CardFormat.WIDE)).text();

        assertThat(one.size()).isEqualTo(60);
        assertThat(said.size()).isBetween(30f, 60f);
        assertThat(cut.size()).isEqualTo(30);
        assertThat(one.cut()).isFalse();
        assertThat(said.cut()).isFalse();
    }

    @Test
    void latinWordsStayWholeAndNoLineBreaksAChineseRule() {
        for (CardFormat format : CardFormat.values()) {
            List<String> lines = words(painter.layout(quote(LATIN), format)).text().lines();
            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(String.join(" ", lines).replace("- ", "-")).isEqualTo(LATIN);
            for (String line : words(painter.layout(quote(SAID + LONG), format)).text().lines()) {
                assertThat(LineBreaker.NO_LINE_START.indexOf(line.charAt(0))).as(line).isNegative();
                assertThat(LineBreaker.NO_LINE_END.indexOf(line.charAt(line.length() - 1))).as(line).isNegative();
            }
        }
    }

    @Test
    void anExchangeShowsItsQuestionSmallerAboveTheAnswer() {
        CardLayout layout = painter.layout(exchange(ASKED, SAID), CardFormat.WIDE);
        CardLayout.Placed question = layout.texts().stream()
                .filter(p -> String.join("", p.text().lines()).startsWith("记者")).findFirst().orElseThrow();
        CardLayout.Placed answer = words(layout);

        assertThat(question.text().size()).isLessThan(answer.text().size());
        assertThat(question.box().getMaxY()).isLessThan(answer.box().getMinY());
    }

    @Test
    void theTallCardsQrCodeLeadsToThePermalink() throws Exception {
        BufferedImage card = painter.paint(quote(SAID), CardFormat.TALL);
        Rectangle2D qr = painter.layout(quote(SAID), CardFormat.TALL).qr();
        int margin = 24;
        BufferedImage code = card.getSubimage((int) qr.getX() - margin, (int) qr.getY() - margin,
                (int) qr.getWidth() + 2 * margin, (int) qr.getHeight() + 2 * margin);

        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance(code))),
                Map.of(DecodeHintType.PURE_BARCODE, false)).getText();

        assertThat(read).isEqualTo(PERMALINK);
    }

    @Test
    void withoutAFontThatDrawsChineseThereIsNoTypefaceAndTheReasonSaysWhatToInstall() {
        CardFonts.Choice none = CardFonts.choose(List.of("No Such Font", "Dialog"));

        assertThat(none.painter()).isEmpty();
        assertThat(none.reason()).contains("No Such Font").contains("fonts-noto-cjk");
        assertThat(CardFonts.choose(List.of("DejaVu Sans")).painter()).isEmpty(); // installed, but draws no Chinese
    }

    static CardLayout.Placed words(CardLayout layout) {
        return layout.texts().stream().filter(p -> p.color().equals(CardPainter.TEXT))
                .filter(p -> p.text().style() == Font.PLAIN).findFirst().orElseThrow();
    }

    static List<CardTypeface.Run> runs(String line, FittedText text) {
        return painter.typeface().runs(line, text.style(), text.size());
    }

    static double measured(Graphics2D g, String line, FittedText text) {
        double width = 0;
        for (CardTypeface.Run run : runs(line, text)) {
            width += g.getFontMetrics(run.font()).getStringBounds(run.text(), g).getWidth();
        }
        return width;
    }

    static List<String> overlaps(CardLayout layout) {
        List<Rectangle2D> boxes = new ArrayList<>(layout.texts().stream().map(CardLayout.Placed::box).toList());
        if (layout.qr() != null) {
            boxes.add(layout.qr());
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).intersects(boxes.get(j)) && !rightAlignedOnOneLine(layout, i, j)) {
                    found.add(boxes.get(i) + " and " + boxes.get(j));
                }
            }
        }
        return found;
    }

    /** The wide card's site name shares the source's line, right-aligned: the two may not touch. */
    static boolean rightAlignedOnOneLine(CardLayout layout, int i, int j) {
        if (j >= layout.texts().size()) {
            return false;
        }
        CardLayout.Placed a = layout.texts().get(i);
        CardLayout.Placed b = layout.texts().get(j);
        if (a.rightAligned() == b.rightAligned()) {
            return false;
        }
        CardLayout.Placed left = a.rightAligned() ? b : a;
        CardLayout.Placed right = a.rightAligned() ? a : b;
        Graphics2D g = graphics();
        double leftEnd = left.box().getX() + left.text().lines().stream().mapToDouble(l -> measured(g, l, left.text()))
                .max().orElse(0);
        double rightStart = right.box().getMaxX() - right.text().lines().stream()
                .mapToDouble(l -> measured(g, l, right.text())).max().orElse(0);
        return leftEnd < rightStart;
    }

    /** A graphics context set up as the painter sets up its own. */
    static Graphics2D graphics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHints(Map.of(
                RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
                RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON));
        assertThat(g.getFontRenderContext()).isEqualTo(painter.context());
        return g;
    }

    static LuminanceSource luminance(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        return new RGBLuminanceSource(width, height, image.getRGB(0, 0, width, height, null, 0, width));
    }
}
