/**
 * Search by meaning, below the search index: the sentence model (loaded in the background after the site answers),
 * the passages items are cut into, and the table of their vectors, each computed once per model.
 */
package org.yulu.meaning;
