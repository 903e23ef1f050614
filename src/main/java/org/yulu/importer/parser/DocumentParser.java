package org.yulu.importer.parser;

import org.yulu.text.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one seed text into a {@link ParsedDocument}: header, title, byline and page furniture here, the body's
 * quotes and interview turns in {@link BodyReader}. Pure: text in, records out.
 */
public final class DocumentParser {

    private static final Pattern BYLINE = Pattern.compile(
            "^(\\S.{0,40}?)\\s+(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)$");
    private static final Pattern PUBLISHED = Pattern.compile("^(?i:published|updated|posted|发布于|发表于|发布时间)\\s*[:：]?\\s*(.*)$");
    private static final Pattern FURNITURE = Pattern.compile(String.join("|",
            "^(?i:less than \\d+ minutes? read)$",
            "^(?i:\\d+ min(?:ute)?s? read)$",
            "^\\d*\\s*阅读\\s*[:：]?\\s*\\d*$",
            "^(?:感谢大家的关注|感谢关注|谢谢关注|谢谢大家|欢迎关注|点赞关注|(?:喜欢就)?点个赞吧?)[!！。.]*$"));
    private static final Pattern TITLE_AUTHOR = Pattern.compile("[和与及]([\\p{IsHan}]{2,4}?)(?:对|的|谈|说)");
    private static final Pattern TITLE_SPEAKER = Pattern.compile(
            "(?:创始人|董事长|总裁|首席执行官|教授|院士)?([\\p{IsHan}]{2,3})的(?:\\d+|[一二三四五六七八九十百]+)条");
    /** A first line longer than this is the first paragraph, not an unmarked title. */
    static final int LONGEST_GUESSED_TITLE = 200;
    private static final Pattern SLUG_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final int MAX_ID = 200;
    private static final int MAX_TITLE = 1000;
    private static final int MAX_NAME = 200;
    private static final int MAX_URL = 2000;
    private static final int MAX_CONTEXT = 2000;

    public ParsedDocument parse(String fileName, String text) throws UnreadableDocumentException {
        List<String> lines = lines(text);
        DocumentHeader header = DocumentHeader.read(lines);
        List<String> body = new ArrayList<>(lines.subList(header.bodyStart(), lines.size()));

        String title = header.get(DocumentHeader.TITLE);
        if (title == null) {
            title = takeTitle(body);
        }
        if (title == null) {
            title = stem(fileName);
        }
        String author = header.get(DocumentHeader.AUTHOR);
        String date = header.get(DocumentHeader.DATE);

        // Bylines ("publisher 2025-02-09 16:30:20") stand near the top; furniture may stand anywhere.
        List<String> kept = new ArrayList<>(body.size());
        int nonBlankSeen = 0;
        for (String line : body) {
            if (line.isEmpty()) {
                kept.add(line);
                continue;
            }
            nonBlankSeen++;
            Matcher byline = BYLINE.matcher(line);
            Matcher published = PUBLISHED.matcher(line);
            if (nonBlankSeen <= 4 && byline.matches() && DocumentHeader.isoDate(byline.group(2)).isPresent()) {
                author = author != null ? author : byline.group(1).strip();
                date = date != null ? date : DocumentHeader.isoDate(byline.group(2)).get();
            } else if (published.matches() && (published.group(1).isEmpty()
                    || DocumentHeader.isoDate(published.group(1)).isPresent())) {
                if (date == null && !published.group(1).isEmpty()) {
                    date = DocumentHeader.isoDate(published.group(1)).get();
                }
            } else if (!FURNITURE.matcher(line).matches() && !isRepeatedTitle(line, title)) {
                kept.add(line);
            }
        }
        if (author == null) {
            author = firstGroup(TITLE_AUTHOR, title);
        }
        final String publisher = author;
        kept.replaceAll(line -> line.equals(publisher) ? "" : line);

        String speaker = header.get(DocumentHeader.INTERVIEWEE);
        if (speaker == null) {
            speaker = firstGroup(TITLE_SPEAKER, title);
        }
        BodyReader.People people = new BodyReader.People(speaker, header.get(DocumentHeader.INTERVIEWER), author);
        ParsedDocument parsed = new BodyReader(people).read(kept, slug(fileName), fileName, title, author, date,
                originUrl(header.get(DocumentHeader.ORIGIN)));
        if (parsed.itemCount() == 0) {
            throw new UnreadableDocumentException("nothing recognisable: no quotes or interview turns found");
        }
        requireStorableLengths(parsed);
        return parsed;
    }

    /** The 来源 header when it is a web address a reader can follow; any other origin stays unlinked. */
    private static String originUrl(String origin) {
        if (origin == null) {
            return null;
        }
        String url = origin.strip();
        if (url.length() > MAX_URL || !url.matches("(?i)https?://[^\\s<>\"]+")) {
            return null;
        }
        try {
            return java.net.URI.create(url).getHost() == null ? null : url;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Refuses names and titles longer than their database columns (V1__corpus.sql), with a reason a writer can
     * act on, rather than letting the database refuse them mid-import.
     */
    private static void requireStorableLengths(ParsedDocument doc) throws UnreadableDocumentException {
        requireAtMost(MAX_ID, doc.slug(), "the id made from the file name", "shorten the file name");
        requireAtMost(MAX_TITLE, doc.title(), "the title", "write a shorter 标题: header line");
        requireAtMost(MAX_NAME, doc.author(), "the author", "write a shorter 作者: header line");
        for (ParsedDocument.ParsedQuote q : doc.quotes()) {
            requireAtMost(MAX_NAME, q.speaker(), "the speaker", "write a shorter 受访者: or 作者: header line");
            requireAtMost(MAX_CONTEXT, q.context(), "the heading above item " + q.position(), "shorten it");
        }
        for (ParsedDocument.ParsedExchange e : doc.exchanges()) {
            requireAtMost(MAX_NAME, e.interviewer(), "the interviewer", "write a shorter 采访者: header line");
            requireAtMost(MAX_NAME, e.interviewee(), "the interviewee", "write a shorter 受访者: header line");
        }
    }

    private static void requireAtMost(int max, String value, String what, String fix)
            throws UnreadableDocumentException {
        if (value != null && value.length() > max) {
            throw new UnreadableDocumentException(what + " is " + value.length() + " characters long and at most "
                    + max + " fit; " + fix);
        }
    }

    /** The file name without its extension, made safe for a URL: the source's stable id. */
    public static String slug(String fileName) {
        String slug = SLUG_SEPARATORS.matcher(stem(fileName).toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Normalised lines: line breaks unified, white space and invisible characters trimmed; blank lines empty. */
    static List<String> lines(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String line : unified.split("\n", -1)) {
            StringBuilder clean = new StringBuilder(line.length());
            line.codePoints()
                    .filter(cp -> cp == '\t' || !(Character.getType(cp) == Character.CONTROL
                            || Character.getType(cp) == Character.FORMAT))
                    .forEach(clean::appendCodePoint);
            lines.add(clean.toString().strip());
        }
        return lines;
    }

    /**
     * Takes the title from the first non-blank line. Some pages run the title into a truncated copy of the first
     * item ("…30条思考:1.我们做大模型,跟…"); then the title is the part before the colon.
     */
    private static String takeTitle(List<String> body) {
        int first = 0;
        while (first < body.size() && body.get(first).isEmpty()) {
            first++;
        }
        if (first == body.size() || BodyReader.looksLikeItem(body.get(first))) {
            return null;
        }
        String line = body.get(first);
        String title = line;
        Matcher runIn = Pattern.compile("^(.+?)[:：](.+)$").matcher(line);
        if (runIn.matches()) {
            String rest = TextFolding.lettersOnly(runIn.group(2));
            String following = TextFolding.lettersOnly(String.join("", body.subList(first + 1, body.size())));
            if (!rest.isEmpty() && following.contains(rest)) {
                title = runIn.group(1).strip();
            }
        }
        if (title.length() > LONGEST_GUESSED_TITLE) {
            return null; // a paragraph, not a title: it stays in the body
        }
        body.remove(first);
        return title;
    }

    private static boolean isRepeatedTitle(String line, String title) {
        return line.replaceAll("[:：\\s]+$", "").equals(title);
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
