/**
 * Keyword search: the Lucene index derived from the corpus, its queries, ranking and snippets, and the search page
 * and API.
 */
package org.yulu.search;
