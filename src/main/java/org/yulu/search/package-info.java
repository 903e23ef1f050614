/**
 * Keyword search: the Lucene index derived from the corpus (its text as grams and as pinyin), its queries, ranking
 * and snippets, the corpus's words for suggestions and sound-alike corrections, and the search page and APIs.
 */
package org.yulu.search;
