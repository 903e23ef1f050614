/**
 * Sources as readers meet them: the list with counts, a source's whole text in reading order, and where an item
 * stands in it.
 */
package org.yulu.source;
