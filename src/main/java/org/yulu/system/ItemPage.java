package org.yulu.system;

import java.util.List;

/** One page of a list, as every list endpoint answers it. */
public record ItemPage<T>(List<T> items, long total, int page, int size) {
}
