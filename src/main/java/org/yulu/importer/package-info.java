/**
 * Brings the database in line with the seeds folder: reads and parses each file (the pure parser is in {@code
 * parser}) and writes documents whole, then announces the corpus.
 */
package org.yulu.importer;
