package org.yulu.card;

import java.util.List;

/**
 * Text set to fit a box: the font size chosen, the lines it breaks into, and whether its end was cut.
 *
 * @param pitch   how far apart the lines' baselines are
 * @param ascent  how far the first line's glyphs reach above its baseline
 * @param descent how far the last line's glyphs reach below its baseline
 */
record FittedText(int style, float size, List<String> lines, float pitch, float ascent, float descent, boolean cut) {

    /** How tall the lines are from the top of the first to the bottom of the last. */
    float height() {
        return lines.isEmpty() ? 0 : (lines.size() - 1) * pitch + ascent + descent;
    }
}
