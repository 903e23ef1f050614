/** What the site tells feed readers and search engines: the Atom feed, the sitemap and robots.txt. */
package org.yulu.feed;
