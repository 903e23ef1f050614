package org.yulu.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a permalink page tells consumers to find its oEmbed answer. */
public final class OEmbedDiscovery {

    private OEmbedDiscovery() {
    }

    /** The oEmbed address of an absolute permalink, on the site's base URL. */
    public static String of(String siteBase, String permalink) {
        return siteBase + "/oembed?url=" + URLEncoder.encode(permalink, StandardCharsets.UTF_8) + "&format=json";
    }
}
