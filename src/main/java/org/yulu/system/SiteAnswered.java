package org.yulu.system;

/** The site has answered its first request, or has been ready a moment without one: see {@link FirstAnswer}. */
public record SiteAnswered() {
}
