/**
 * The corpus as stored: sources, quotes, exchanges and answer repeats, their repositories, the sealed {@link
 * org.yulu.corpus.Item} every other package reads them as, the corpus's fingerprint, and the event that an import
 * changed it.
 */
package org.yulu.corpus;
