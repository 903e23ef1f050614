package org.yulu.search;

import org.yulu.system.PageParams;

/**
 * A search as a reader asks for it.
 *
 * @param q       what was typed; see {@link SearchQuery} for how it is read
 * @param type    {@code quote}, {@code exchange}, or blank for both
 * @param speaker a speaker's name exactly as items show it, or blank for all
 * @param source  a source id, or blank for all
 * @param page    which page of hits
 * @param mode    {@code keyword} for keyword matches alone; blank or {@code meaning} for the items close in meaning
 *                after them
 * @param exact   true to search what was typed even when it finds nothing and words reading alike would
 */
public record SearchRequest(String q, String type, String speaker, String source, PageParams page, String mode,
        boolean exact) {

    public SearchRequest(String q, String type, String speaker, String source, PageParams page, String mode) {
        this(q, type, speaker, source, page, mode, false);
    }

    public SearchRequest(String q, String type, String speaker, String source, PageParams page) {
        this(q, type, speaker, source, page, null);
    }
}
