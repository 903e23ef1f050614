/**
 * Quotes for other sites: a random item and the item of the day as an API any origin may read, oEmbed for every
 * permalink, and the embeddable cards (small pages without script) that other sites may frame.
 */
package org.yulu.embed;
