package org.yulu.system;

/** One value a list can be filtered by, how it reads, and how many items have it. */
public record FacetCount(String value, String label, long count) {
}
