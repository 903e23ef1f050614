package org.yulu.importer.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a document. {@code standalone} when blank lines (or the document's edges) surround it;
 * {@code joined} when no blank line separates it from the line before; {@code label} and {@code rest} are set
 * once the document's turn labels are known.
 */
record Paragraph(String text, boolean standalone, boolean joined, String label, String rest) {

    static List<Paragraph> split(List<String> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            boolean blankBefore = i == 0 || lines.get(i - 1).isEmpty();
            boolean blankAfter = i == lines.size() - 1 || lines.get(i + 1).isEmpty();
            paragraphs.add(new Paragraph(line, blankBefore && blankAfter, !blankBefore, null, null));
        }
        return paragraphs;
    }

    Paragraph labelled(String label, String rest) {
        return new Paragraph(text, standalone, joined, label, rest);
    }
}
