package org.yulu.corpus;

/**
 * Published after an instance's first import run, and after every later run that finds the database's sources
 * changed since then (by this instance or another sharing the database), so derived data can be rebuilt.
 * {@code changedSources} counts the sources added, changed or removed; on the first run, those this run imported.
 */
public record CorpusImported(int changedSources) {
}
