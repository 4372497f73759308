package org.twintowns.webhooks.outbound;

import java.net.InetAddress;
import java.net.URI;

/**
 * A checked webhook URL: where it points and the one address it was checked with, which is the
 * address the call connects to (a later DNS answer cannot send it elsewhere).
 */
public record Destination(URI uri, String host, int port, boolean tls, InetAddress address) {

    /** The path and query the request line carries. */
    public String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
