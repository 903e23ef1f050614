/**
 * Parallel passages: items of different sources that repeat the same words, found from the corpus after every
 * import and kept with its fingerprint.
 */
package org.yulu.related;
