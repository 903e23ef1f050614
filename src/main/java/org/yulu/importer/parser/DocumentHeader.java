package org.yulu.importer.parser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional header a document may open with: lines such as {@code 标题:…} {@code 作者:…} {@code 日期:…}
 * followed by a blank line. What it says overrides what is guessed from the text.
 */
record DocumentHeader(Map<String, String> fields, int bodyStart) {

    static final String TITLE = "标题";
    static final String AUTHOR = "作者";
    static final String ORIGIN = "来源";
    static final String DATE = "日期";
    static final String INTERVIEWEE = "受访者";
    static final String INTERVIEWER = "采访者";

    private static final Pattern FIELD = Pattern.compile("^(标题|作者|来源|日期|受访者|采访者)\\s*[:：]\\s*(.*)$");
    private static final Pattern DATE_PARTS = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$");

    /** Reads header fields from the first non-blank lines; a document without them has an empty header. */
    static DocumentHeader read(List<String> lines) throws UnreadableDocumentException {
        int i = 0;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int start = i;
        while (i < lines.size()) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            if (fields.containsKey(m.group(1))) {
                throw new UnreadableDocumentException("the header names " + m.group(1) + " twice");
            }
            if (!m.group(2).isBlank()) {
                fields.put(m.group(1), m.group(2).strip());
            }
            i++;
        }
        if (i == start) {
            return new DocumentHeader(Map.of(), start);
        }
        if (fields.containsKey(DATE)) {
            fields.put(DATE, isoDate(fields.get(DATE)).orElseThrow(() -> new UnreadableDocumentException(
                    "the header date '" + fields.get(DATE) + "' is not a date (write it like 2025-02-09)")));
        }
        return new DocumentHeader(fields, i);
    }

    String get(String field) {
        return fields.get(field);
    }

    /** A date such as 2025-02-09, 2025/2/9, 2025年2月9日 or 2025-02-09 16:30:20, in ISO-8601 form. */
    static Optional<String> isoDate(String text) {
        Matcher m = DATE_PARTS.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(date.toString());
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
            return Optional.of(time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
