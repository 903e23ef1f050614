package org.yulu.system;

/** A page past the last page of a list: a 404 whose page links to the last page there is. */
public class PageOutOfRangeException extends NotFoundException {

    private final int pages;
    private final String lastPage;

    public PageOutOfRangeException(int page, int pages, String lastPage) {
        super("page " + page + " is past the last page, " + pages + ".");
        this.pages = pages;
        this.lastPage = lastPage;
    }

    public int pages() {
        return pages;
    }

    /** The address of the last page, with the same filters. */
    public String lastPage() {
        return lastPage;
    }
}
