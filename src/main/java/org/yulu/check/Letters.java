package org.yulu.check;

import org.yulu.text.CodePointFolding;
import org.yulu.text.FoldedText;

/** A text and its folded letters, which know where each of them stands in it. */
record Letters(String original, FoldedText folded) {

    static Letters of(String original, CodePointFolding folding) {
        return new Letters(original, folding.fold(original));
    }

    String text() {
        return folded.text();
    }

    int length() {
        return folded.length();
    }

    int start(int letter) {
        return folded.originalStart()[letter];
    }

    /** The original characters behind letters {@code from} to {@code to}. */
    String originalOf(int from, int to) {
        return original.substring(folded.originalStart()[from], folded.originalEnd()[to - 1]);
    }
}
