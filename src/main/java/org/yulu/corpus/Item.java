package org.yulu.corpus;

import java.util.List;
import java.util.stream.Stream;

/**
 * A quote or an interview exchange as every reader of the corpus sees it: the read API, the search index, the
 * parallel passages and the pages. What differs between the kinds is a method each record answers, or a switch on
 * {@link #kind()}, which the compiler holds to both kinds.
 */
public sealed interface Item permits QuoteItem, ExchangeItem {

    /** {@code quote} or {@code exchange}, as {@link ItemKind#type()} names it. */
    String type();

    String id();

    String url();

    /** Who said the words: a quote's speaker, an exchange's interviewee. */
    String speaker();

    SourceRef source();

    int position();

    List<RelatedItem> related();

    Item withRelated(List<RelatedItem> links);

    /** Null until the items close in meaning are looked up, which only a single item's read does. */
    List<SimilarItem> similar();

    Item withSimilar(List<SimilarItem> near);

    ItemKind kind();

    /** The words its speaker said: a quote's text, an exchange's answer. */
    String words();

    /** The texts a reader reads, most telling first: where a snippet is cut from. */
    List<String> texts();

    /** The names that also find the item: its speaker and its source's title. */
    default List<String> names() {
        return Stream.of(speaker(), source().title()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
