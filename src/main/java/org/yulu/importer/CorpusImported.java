package org.yulu.importer;

/** Published after every import run, whether or not anything changed, so derived data can be rebuilt. */
public record CorpusImported(int changedSources) {
}
