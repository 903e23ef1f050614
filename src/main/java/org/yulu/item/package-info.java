/**
 * The pages and read API of items, both kinds served by the same code: the home page, the lists, and each item's
 * permalink.
 */
package org.yulu.item;
