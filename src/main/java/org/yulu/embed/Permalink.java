package org.yulu.embed;

import org.yulu.corpus.ItemKind;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** An item's permalink on this site, read back from an address someone pasted. */
record Permalink(ItemKind kind, String id) {

    /**
     * The item an address points at, when it is a permalink on {@code siteBase}'s host and port, whatever its
     * scheme, query or fragment.
     */
    static Optional<Permalink> of(String address, String siteBase) {
        try {
            URI uri = new URI(address.strip());
            URI site = new URI(siteBase);
            if (uri.getHost() == null || !uri.getHost().toLowerCase(Locale.ROOT).equals(
                    String.valueOf(site.getHost()).toLowerCase(Locale.ROOT)) || port(uri) != port(site)) {
                return Optional.empty();
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            String sitePath = site.getPath() == null ? "" : site.getPath();
            if (!path.startsWith(sitePath + "/")) {
                return Optional.empty();
            }
            String[] parts = path.substring(sitePath.length() + 1).split("/", -1);
            if (parts.length != 2 || parts[1].isEmpty()) {
                return Optional.empty();
            }
            for (ItemKind kind : ItemKind.values()) {
                if (kind.url(parts[1]).equals("/" + parts[0] + "/" + parts[1])) {
                    return Optional.of(new Permalink(kind, parts[1]));
                }
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The port, with the web's default ports (80 and 443) all read as the default. */
    private static int port(URI uri) {
        return uri.getPort() == 80 || uri.getPort() == 443 ? -1 : uri.getPort();
    }
}
