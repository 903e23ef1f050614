package org.yulu.source;

import org.yulu.corpus.Item;

/**
 * One paragraph of a source's reading view: an item (a quote or an exchange) or a repeat of an earlier answer.
 * {@code heading} is set only where the heading changes, so the view prints each heading once.
 */
public sealed interface ReadingItem permits ReadingItem.Said, ReadingItem.Repeat {

    /** {@code quote}, {@code exchange} or {@code repeat}. */
    String kind();

    String id();

    int position();

    String heading();

    String speaker();

    /** The words said in this paragraph: a quote's text, an answer. */
    String text();

    /** The item's permalink; for a repeat, the permalink of the exchange it repeats. */
    String url();

    /** Repeats have no page of their own; they are not stops for "previous" and "next". */
    boolean hasPermalink();

    /** An item in its place. */
    record Said(Item item, String heading) implements ReadingItem {

        @Override
        public String kind() {
            return item.type();
        }

        @Override
        public String id() {
            return item.id();
        }

        @Override
        public int position() {
            return item.position();
        }

        @Override
        public String speaker() {
            return item.speaker();
        }

        @Override
        public String text() {
            return item.words();
        }

        @Override
        public String url() {
            return item.url();
        }

        @Override
        public boolean hasPermalink() {
            return true;
        }
    }

    /** Where the source quotes an earlier answer again, at {@code repeatsPosition}. */
    record Repeat(String id, int position, String speaker, String text, String url, int repeatsPosition)
            implements ReadingItem {

        public static final String KIND = "repeat";

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public String heading() {
            return null;
        }

        @Override
        public boolean hasPermalink() {
            return false;
        }
    }
}
