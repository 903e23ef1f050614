package org.yulu.system;

/** The picture a shared link to a page shows: its absolute address, its size in pixels, and what it shows. */
public record PageImage(String url, int width, int height, String alt) {
}
