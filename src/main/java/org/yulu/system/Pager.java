package org.yulu.system;

/** Where a page of a list stands among all its pages. */
public record Pager(long total, int page, int size) {

    public static Pager of(long total, PageParams params) {
        return new Pager(total, params.page(), params.size());
    }

    /** This pager, or a 404 that links to the last page when the page asked for is past it. */
    public Pager inRange(QueryLinks links) {
        if (page > pages()) {
            throw new PageOutOfRangeException(page, pages(), links.page(pages()));
        }
        return this;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** 1-based number of the first item on this page, as "21–40 of 57" shows it. */
    public long first() {
        return Math.min(total, (long) (page - 1) * size + 1);
    }

    public long last() {
        return Math.min(total, (long) page * size);
    }
}
