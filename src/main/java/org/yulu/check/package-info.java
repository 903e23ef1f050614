/**
 * The quote check (查证): a text pasted from elsewhere, compared with the corpus to say whether, where, by whom and in
 * which exact words it was said. It reads the corpus through search and the sentence model, and nothing depends on it.
 */
package org.yulu.check;
