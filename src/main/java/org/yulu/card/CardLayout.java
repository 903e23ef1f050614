package org.yulu.card;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where everything on a card goes, worked out before anything is drawn.
 *
 * @param texts the texts, each set in its box
 * @param rule    the accent bar beside the words
 * @param divider the line above the QR code, or null on a card without one
 * @param qr      where the QR code goes, or null on a card without one
 */
record CardLayout(List<Placed> texts, Rectangle2D rule, Line2D divider, Rectangle2D qr) {

    /** A text set in a box: its lines start at the box's top, from its left edge or, right-aligned, to its right. */
    record Placed(FittedText text, Rectangle2D box, Color color, boolean rightAligned) {
    }
}
