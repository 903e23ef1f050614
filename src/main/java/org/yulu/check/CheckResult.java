package org.yulu.check;

import java.util.List;

/**
 * What the check found for a pasted text.
 *
 * @param text           the text as pasted
 * @param claimedSpeaker whom the text names as its speaker, or null
 * @param verdict        the best match's, or not_found when there is none
 * @param matches        best first: the items it was said in, or, when it was not found, the closest things said
 */
public record CheckResult(String text, String claimedSpeaker, Verdict verdict, List<CheckedMatch> matches) {

    /** Whether the first match is the source of the text; when not, every match is only close. */
    public boolean found() {
        return verdict.found();
    }
}
