/**
 * Text as the corpus needs it, with no Spring and no I/O: folding for comparison (with offsets back into the
 * original), shortening, and marked ranges. Every other package may use it.
 */
package org.yulu.text;
