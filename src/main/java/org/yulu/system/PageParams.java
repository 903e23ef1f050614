package org.yulu.system;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The 1-based page and the page size a client asked for, checked once for every list in the site. */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any real corpus; keeps page × size from overflowing. */
    public static final int MAX_PAGE = 100_000;

    public static PageParams of(String page, String size) {
        return new PageParams(WholeNumberParam.parse("page", page, 1, 1, MAX_PAGE),
                WholeNumberParam.parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public Pageable pageable(Sort sort) {
        return PageRequest.of(page - 1, size, sort);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
