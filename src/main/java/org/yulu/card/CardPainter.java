package org.yulu.card;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Draws a card: the words as large as their box allows, an exchange's question smaller above them, who said them,
 * where and when, the site's name, and on the tall card a QR code of the permalink. The site's colours, on paper.
 */
final class CardPainter {

    /** Bump when a change here alters how any card looks, so that cards kept on disk are drawn again. */
    static final int DESIGN = 1;

    static final Color PAPER = new Color(0xfdfcf9);
    static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED = new Color(0x57606a);
    static final Color ACCENT = new Color(0x9a3412);
    static final Color LINE = new Color(0xd0d7de);

    /**
     * The measures of one format, in pixels; font sizes in pixels too.
     *
     * @param wordsGap the space between the words and who said them
     */
    private record Design(int left, int right, int top, int bottom, float wordsLargest, float wordsSmallest,
            float wordsLeading, float questionSize, int questionLines, float bylineSize, float sourceSize,
            float siteSize, int qrSize, int wordsGap) {
    }

    private static final Design WIDE = new Design(112, 96, 64, 56, 60, 30, 1.55f, 26, 2, 30, 24, 26, 0, 32);
    private static final Design TALL = new Design(108, 108, 120, 96, 68, 34, 1.6f, 32, 4, 34, 28, 34, 176, 56);
    private static final float QUESTION_LEADING = 1.5f;
    private static final float WORDS_SIZE_STEP = 2;
    /** The accent bar stands this far left of the words, as the site's blockquotes have theirs. */
    private static final int RULE_OFFSET = 40;
    private static final int RULE_WIDTH = 6;
    /** Between the QR code and the texts beside it, and between the divider and what it divides. */
    private static final int QR_GAP = 40;
    private static final int DIVIDER_GAP = 28;
    /** Between two lines of small text set one above the other. */
    private static final int LINE_GAP = 14;
    /** How far the site's name stands above the QR code's bottom edge, so that both look aligned. */
    private static final int BASELINE_LIFT = 8;

    private final CardTypeface face;
    private final FontRenderContext context;
    private final TextFitting fitting;

    CardPainter(CardTypeface face) {
        this.face = face;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        hint(g);
        this.context = g.getFontRenderContext();
        g.dispose();
        this.fitting = new TextFitting(face, context);
    }

    /** The context text is measured in, the same as the one it is drawn in. */
    FontRenderContext context() {
        return context;
    }

    CardTypeface typeface() {
        return face;
    }

    CardLayout layout(CardContent content, CardFormat format) {
        Design d = format == CardFormat.WIDE ? WIDE : TALL;
        int width = format.width() - d.left - d.right;
        List<CardLayout.Placed> texts = new ArrayList<>();
        Rectangle2D qr = null;
        Line2D divider = null;

        // From the bottom up: what sits at the foot of the card, then who said the words and where.
        float footer = format.height() - d.bottom;
        if (format == CardFormat.TALL) {
            qr = new Rectangle2D.Double(format.width() - d.right - d.qrSize, footer - d.qrSize, d.qrSize, d.qrSize);
            int besideQr = width - d.qrSize - QR_GAP;
            FittedText site = line(content.siteName(), Font.BOLD, d.siteSize, besideQr);
            CardLayout.Placed sitePlaced = placedAbove(site, d.left, footer - BASELINE_LIFT, besideQr, ACCENT, false);
            texts.add(sitePlaced);
            FittedText scan = line(content.scanHint(), Font.PLAIN, d.sourceSize, besideQr);
            texts.add(placedAbove(scan, d.left, sitePlaced.box().getY() - LINE_GAP, besideQr, MUTED, false));
            double dividerY = qr.getY() - DIVIDER_GAP;
            divider = new Line2D.Double(d.left - RULE_OFFSET, dividerY, format.width() - d.right, dividerY);
            footer = (float) (dividerY - DIVIDER_GAP);
        }
        String sourceLine = sourceLine(content, Font.PLAIN, d.sourceSize,
                format == CardFormat.WIDE ? width - siteWidth(content, d) - QR_GAP : width);
        FittedText source = line(sourceLine, Font.PLAIN, d.sourceSize, width);
        CardLayout.Placed sourcePlaced = placedAbove(source, d.left, footer, width, MUTED, false);
        texts.add(sourcePlaced);
        if (format == CardFormat.WIDE) {
            FittedText site = line(content.siteName(), Font.BOLD, d.siteSize, width);
            texts.add(placedAbove(site, d.left, footer, width, ACCENT, true));
        }
        FittedText byline = line(content.byline(), Font.BOLD, d.bylineSize, width);
        CardLayout.Placed bylinePlaced = placedAbove(byline, d.left, sourcePlaced.box().getY() - LINE_GAP, width,
                TEXT, false);
        texts.add(bylinePlaced);

        // The words fill what is left above, with an exchange's question before them; both are centred in it.
        double areaTop = d.top;
        double areaBottom = bylinePlaced.box().getY() - d.wordsGap;
        FittedText question = null;
        double questionGap = 0;
        if (content.question() != null) {
            question = fitting.fit(asSet(content.question()), Font.PLAIN, width,
                    fitting.height(d.questionLines, Font.PLAIN, d.questionSize, QUESTION_LEADING), d.questionSize,
                    d.questionSize, 1, QUESTION_LEADING);
            questionGap = d.questionSize;
        }
        double wordsHeight = areaBottom - areaTop - (question == null ? 0 : question.height() + questionGap);
        FittedText words = fitting.fit(asSet(content.words()), Font.PLAIN, width, wordsHeight, d.wordsLargest,
                d.wordsSmallest, WORDS_SIZE_STEP, d.wordsLeading);
        double used = words.height() + (question == null ? 0 : question.height() + questionGap);
        double top = areaTop + (areaBottom - areaTop - used) / 2;
        if (question != null) {
            texts.add(new CardLayout.Placed(question, new Rectangle2D.Double(d.left, top, width, question.height()),
                    MUTED, false));
            top += question.height() + questionGap;
        }
        texts.add(new CardLayout.Placed(words, new Rectangle2D.Double(d.left, top, width, words.height()), TEXT,
                false));
        Rectangle2D rule = new Rectangle2D.Double(d.left - RULE_OFFSET, top, RULE_WIDTH,
                Math.max(words.height(), d.wordsSmallest));
        return new CardLayout(texts, rule, divider, qr);
    }

    BufferedImage paint(CardContent content, CardFormat format) {
        CardLayout layout = layout(content, format);
        BufferedImage image = new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hint(g);
            g.setColor(PAPER);
            g.fillRect(0, 0, format.width(), format.height());
            g.setColor(ACCENT);
            g.fill(layout.rule());
            for (CardLayout.Placed placed : layout.texts()) {
                draw(g, placed);
            }
            if (layout.divider() != null) {
                g.setColor(LINE);
                g.setStroke(new BasicStroke(2));
                g.draw(layout.divider());
            }
            if (layout.qr() != null) {
                QrCode.draw(g, QrCode.of(content.permalink()), layout.qr(), TEXT);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    byte[] png(CardContent content, CardFormat format) {
        BufferedImage image = paint(content, format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // In memory: ImageIO's default stream would write a temporary file for every card.
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private void draw(Graphics2D g, CardLayout.Placed placed) {
        FittedText text = placed.text();
        g.setColor(placed.color());
        float baseline = (float) placed.box().getY() + text.ascent();
        for (String line : text.lines()) {
            float x = (float) placed.box().getX();
            if (placed.rightAligned()) {
                x = (float) (placed.box().getMaxX() - face.width(line, text.style(), text.size(), context));
            }
            face.draw(g, line, text.style(), text.size(), x, baseline);
            baseline += text.pitch();
        }
    }

    /** One line of text, shortened with "…" if it is wider than the box. */
    private FittedText line(String text, int style, float size, double width) {
        String drawable = face.drawable(text).replace('\n', ' ');
        String fitted = longestThatFits(count -> drawable.substring(0, drawable.offsetByCodePoints(0, count))
                + (count < drawable.codePointCount(0, drawable.length()) ? TextFitting.ELLIPSIS : ""),
                drawable.codePointCount(0, drawable.length()), style, size, width);
        return fitting.set(fitted, style, size, Double.MAX_VALUE, 1, false);
    }

    /** 《title》 · date, the title shortened so that the whole fits. */
    private String sourceLine(CardContent content, int style, float size, double width) {
        String title = asSet(content.sourceTitle()).replace('\n', ' ');
        String date = content.date() == null ? "" : " · " + content.date();
        int length = title.codePointCount(0, title.length());
        return longestThatFits(count -> "《" + title.substring(0, title.offsetByCodePoints(0, count))
                + (count < length ? TextFitting.ELLIPSIS : "") + "》" + date, length, style, size, width);
    }

    private String longestThatFits(IntFunction<String> start, int length, int style, float size, double width) {
        if (face.width(start.apply(length), style, size, context) <= width) {
            return start.apply(length);
        }
        int low = 0;
        int high = length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (face.width(start.apply(middle), style, size, context) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return start.apply(low);
    }

    /** Text as a card sets it: Chinese punctuation in full width, what no font draws left out. */
    private String asSet(String text) {
        return face.drawable(ChinesePunctuation.widen(text));
    }

    private double siteWidth(CardContent content, Design d) {
        return face.width(face.drawable(content.siteName()), Font.BOLD, d.siteSize, context);
    }

    /** A one-line text whose baseline is at {@code baseline}. */
    private static CardLayout.Placed placedAbove(FittedText text, double x, double baseline, double width, Color color,
            boolean rightAligned) {
        return new CardLayout.Placed(text, new Rectangle2D.Double(x, baseline - text.ascent(), width, text.height()),
                color, rightAligned);
    }

    private static void hint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
