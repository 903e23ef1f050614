/** Turns a seed file's bytes into a parsed document: pure, text in and records out, with no Spring and no I/O. */
package org.yulu.importer.parser;
