package org.yulu.importer.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The labels that open interview turns in one document ({@code 记者:}, {@code 梁文锋:}, {@code 问:}, {@code A:}),
 * and which of them ask. A name counts as a label once it opens two paragraphs, so that a lone "注意:" stays text.
 */
final class TurnLabels {

    static final Pattern LABEL = Pattern.compile(
            "^([\\p{IsHan}A-Za-zＡ-Ｚａ-ｚ][\\p{IsHan}A-Za-z·.\\s]{0,11}?)\\s*[:：]\\s*(.*)$");
    static final Set<String> QUESTION_WORDS = Set.of("问", "Q", "记者", "主持人", "提问", "采访者");
    static final Set<String> ROLE_WORDS = Set.of("问", "Q", "答", "A", "记者", "主持人", "提问", "采访者", "回答");
    private static final Set<String> ANONYMOUS_QUESTIONS = Set.of("问", "Q", "提问");
    private static final Set<String> ANONYMOUS_ANSWERS = Set.of("答", "A", "回答");

    private final Set<String> labels;
    private final Set<String> questions;
    private final BodyReader.People people;

    private TurnLabels(Set<String> labels, Set<String> questions, BodyReader.People people) {
        this.labels = labels;
        this.questions = questions;
        this.people = people;
    }

    static TurnLabels find(List<Paragraph> paragraphs, BodyReader.People people) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Matcher m = LABEL.matcher(p.text());
            if (m.matches()) {
                String label = BodyReader.canonical(m.group(1));
                counts.merge(label, 1, Integer::sum);
                order.add(label);
            }
        }
        Set<String> labels = counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 || ROLE_WORDS.contains(e.getKey())
                        || e.getKey().equals(people.interviewee()) || e.getKey().equals(people.interviewer()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> questions = labels.stream()
                .filter(l -> QUESTION_WORDS.contains(l) || l.equals(people.interviewer()))
                .collect(Collectors.toCollection(HashSet::new));
        if (questions.isEmpty() && labels.size() >= 2) {
            order.stream().filter(labels::contains).findFirst().ifPresent(questions::add);
        }
        return new TurnLabels(labels, questions, people);
    }

    /**
     * Labels every paragraph that opens with a known label, and splits off a question that begins inside a
     * paragraph ("… 以下是专访内容 记者:为什么…").
     */
    List<Paragraph> label(List<Paragraph> paragraphs) {
        Pattern inline = questions.isEmpty() ? null : Pattern.compile("(?<=[\\s。!?！？])(?:"
                + questions.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s*[:：]");
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            Paragraph labelled = labelled(p);
            Matcher split = inline == null || labelled.label() != null ? null : inline.matcher(p.text());
            if (split != null && split.find()) {
                out.add(new Paragraph(p.text().substring(0, split.start()).strip(), p.standalone(), p.joined(), null, null));
                labelled = labelled(new Paragraph(p.text().substring(split.start()), false, true, null, null));
            }
            out.add(labelled);
        }
        return out;
    }

    private Paragraph labelled(Paragraph p) {
        Matcher m = LABEL.matcher(p.text());
        if (m.matches() && labels.contains(BodyReader.canonical(m.group(1)))) {
            return p.labelled(BodyReader.canonical(m.group(1)), m.group(2).strip());
        }
        return p;
    }

    boolean isQuestion(String label) {
        return label != null && questions.contains(label);
    }

    String interviewerName(String label) {
        if (QUESTION_WORDS.contains(label) && people.interviewer() != null) {
            return people.interviewer();
        }
        return ANONYMOUS_QUESTIONS.contains(label) ? "提问者" : label;
    }

    String intervieweeName(String label) {
        if (ANONYMOUS_ANSWERS.contains(label)) {
            return people.interviewee() != null ? people.interviewee() : "受访者";
        }
        return label;
    }
}
