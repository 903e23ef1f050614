package org.yulu.importer.parser;

import org.yulu.importer.parser.ParsedDocument.ParsedExchange;
import org.yulu.importer.parser.ParsedDocument.ParsedQuote;
import org.yulu.importer.parser.ParsedDocument.ParsedRepeat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the paragraphs of a document body and turns them into quotes, interview exchanges and repeats.
 * Turns are labelled paragraphs ({@code 记者:} {@code 问:} {@code Q:}); an unlabelled paragraph continues the
 * open turn while more questions follow, or when no blank line separates it from the turn. Everything else
 * belongs to the narrator: numbered points, headings (the context of what follows) and plain paragraphs.
 */
final class BodyReader {

    /** Who speaks: the interviewee (guessed or from the header), the interviewer from the header, the author. */
    record People(String interviewee, String interviewer, String author) {
    }

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(\\d{1,3})\\s*[.、．](?!\\d)|[(（](\\d{1,3})[)）]|([一二三四五六七八九十]{1,3})\\s*[、.．])\\s*(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•·●▪◦\\-*]\\s*(\\S.*)$");
    private static final Pattern NOT_A_HEADING_END = Pattern.compile(".*[。.!！;；,，、…:：）)\"”」』]$");
    private static final int HEADING_MAX_LENGTH = 50;
    private static final String ANONYMOUS = "佚名";

    private final People people;

    BodyReader(People people) {
        this.people = people;
    }

    /** True when a line is plainly content rather than a title: a numbered point or a question/answer turn. */
    static boolean looksLikeItem(String line) {
        Matcher label = TurnLabels.LABEL.matcher(line);
        return NUMBERED.matcher(line).matches() || (label.matches() && TurnLabels.ROLE_WORDS.contains(canonical(label.group(1))));
    }

    ParsedDocument read(List<String> lines, String slug, String fileName, String title, String author, String date,
            String originUrl) {
        List<Paragraph> paragraphs = Paragraph.split(lines);
        TurnLabels labels = TurnLabels.find(paragraphs, people);
        paragraphs = labels.label(paragraphs);

        int firstQuestion = Integer.MIN_VALUE;
        int lastQuestion = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (labels.isQuestion(paragraphs.get(i).label())) {
                firstQuestion = firstQuestion < 0 ? i : firstQuestion;
                lastQuestion = i;
            }
        }
        String narrator = lastQuestion >= 0
                ? firstNonNull(people.author(), people.interviewee(), ANONYMOUS)
                : firstNonNull(people.interviewee(), people.author(), ANONYMOUS);

        Items items = new Items();
        String heading = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String label = p.label();
            if (label != null && labels.isQuestion(label)) {
                items.closeTurn();
                items.openQuestion(labels.interviewerName(label), p.rest());
            } else if (label != null) {
                String speaker = labels.intervieweeName(label);
                if (items.awaitsAnswer()) {
                    items.answer(speaker, p.rest());
                } else {
                    items.closeTurn();
                    items.quoteOrRepeat(speaker, heading, p.rest(), i < firstQuestion);
                }
            } else if (items.inQuestion()
                    || (items.inAnswer() && (i < lastQuestion || p.joined() || items.answerIsEmpty()))) {
                items.continueTurn(p.text());
            } else {
                items.closeTurn();
                Matcher numbered = NUMBERED.matcher(p.text());
                Matcher bullet = BULLET.matcher(p.text());
                // the narrator's words before an interview's first question introduce it: not quotes of their own
                boolean introduction = i < firstQuestion;
                if (numbered.matches()) {
                    items.quote(narrator, number(numbered), heading, numbered.group(4), introduction);
                } else if (isHeading(paragraphs, i)) {
                    items.skip(); // a heading is the context of what follows it, not an item; it keeps its place
                    heading = p.text();
                } else {
                    items.quote(narrator, null, heading, bullet.matches() ? bullet.group(1) : p.text(),
                            introduction);
                }
            }
        }
        items.closeTurn();
        return new ParsedDocument(slug, fileName, title, author, date, originUrl, items.quotes, items.exchanges(),
                items.repeats);
    }

    /** A short standalone line without closing punctuation, followed by the narrator's own text. */
    private static boolean isHeading(List<Paragraph> paragraphs, int i) {
        if (!headingShaped(paragraphs.get(i)) || i + 1 >= paragraphs.size()) {
            return false;
        }
        Paragraph next = paragraphs.get(i + 1);
        return next.label() == null && !headingShaped(next);
    }

    private static boolean headingShaped(Paragraph p) {
        String text = p.text();
        return p.standalone() && p.label() == null && !NUMBERED.matcher(text).matches()
                && !BULLET.matcher(text).matches()
                && text.codePointCount(0, text.length()) <= HEADING_MAX_LENGTH
                && !NOT_A_HEADING_END.matcher(text).matches();
    }

    private static Integer number(Matcher numbered) {
        if (numbered.group(1) != null) {
            return Integer.valueOf(numbered.group(1));
        }
        if (numbered.group(2) != null) {
            return Integer.valueOf(numbered.group(2));
        }
        return ChineseNumerals.parse(numbered.group(3));
    }

    static String canonical(String label) {
        String folded = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKC).strip();
        return folded.length() == 1 ? folded.toUpperCase(java.util.Locale.ROOT) : folded;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The items found so far, and the interview turn still open. */
    private static final class Items {
        final List<ParsedQuote> quotes = new ArrayList<>();
        final List<ParsedRepeat> repeats = new ArrayList<>();
        private final List<Turn> turns = new ArrayList<>();
        private Turn open;
        private boolean answering;
        private int position;

        void openQuestion(String interviewer, String question) {
            open = new Turn(++position, interviewer, new StringBuilder(question));
            answering = false;
        }

        boolean awaitsAnswer() {
            return open != null && !answering;
        }

        boolean inQuestion() {
            return awaitsAnswer();
        }

        boolean inAnswer() {
            return open != null && answering;
        }

        boolean answerIsEmpty() {
            return open.answer.isEmpty();
        }

        void answer(String interviewee, String answer) {
            open.interviewee = interviewee;
            open.answer.append(answer);
            answering = true;
        }

        void continueTurn(String text) {
            StringBuilder target = answering ? open.answer : open.question;
            target.append(target.isEmpty() ? "" : "\n").append(text);
        }

        /** Ends the open turn; half a turn (a question nobody answered, an answer to nothing) stays a quote. */
        void closeTurn() {
            if (open != null) {
                String question = open.question.toString().strip();
                String answer = open.answer.toString().strip();
                if (!question.isEmpty() && !answer.isEmpty()) {
                    turns.add(open);
                } else if (!question.isEmpty()) {
                    quotes.add(new ParsedQuote(open.position, null, open.interviewer, null, question,
                            Quotability.standsAlone(question)));
                } else if (!answer.isEmpty()) {
                    quotes.add(new ParsedQuote(open.position, null, open.interviewee, null, answer,
                            Quotability.standsAlone(answer)));
                }
            }
            open = null;
            answering = false;
        }

        void quote(String speaker, Integer number, String context, String text, boolean introduction) {
            if (text.isBlank()) {
                return;
            }
            quotes.add(new ParsedQuote(++position, number, speaker, context, text,
                    !introduction && Quotability.standsAlone(text)));
        }

        /** A paragraph that is no item keeps its position, so the items after it keep their ids. */
        void skip() {
            ++position;
        }

        void quoteOrRepeat(String speaker, String context, String text, boolean introduction) {
            for (Turn turn : turns) {
                if (speaker.equals(turn.interviewee) && PassageMatch.samePassage(turn.answer.toString(), text)) {
                    repeats.add(new ParsedRepeat(++position, speaker, turn.position, text));
                    return;
                }
            }
            quote(speaker, null, context, text, introduction);
        }

        List<ParsedExchange> exchanges() {
            return turns.stream().map(t -> new ParsedExchange(t.position, t.interviewer, t.interviewee,
                    t.question.toString().strip(), t.answer.toString().strip(),
                    Quotability.standsAlone(t.answer.toString()))).toList();
        }
    }

    private static final class Turn {
        final int position;
        final String interviewer;
        final StringBuilder question;
        final StringBuilder answer = new StringBuilder();
        String interviewee;

        Turn(int position, String interviewer, StringBuilder question) {
            this.position = position;
            this.interviewer = interviewer;
            this.question = question;
        }
    }
}
