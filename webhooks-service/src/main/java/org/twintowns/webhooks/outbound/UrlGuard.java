package org.twintowns.webhooks.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.twintowns.webhooks.WebhooksConfig;

/**
 * The SSRF rules for webhook URLs, checked when a subscription is registered and again before each
 * attempt (DNS may have changed): https only; no user info; a host that is not one of the platform's
 * own; every address it resolves to public (no loopback, private, link-local, unique-local,
 * multicast, unspecified, shared or reserved address). A host on the development allow-list
 * ({@code webhooks.allow-hosts}) passes with any address, over http too.
 */
@ApplicationScoped
public class UrlGuard {

    public static final int MAX_URL_LENGTH = 2000;
    /** How long a DNS look-up may take before the URL is refused. */
    static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(2);
    /** DNS look-ups block: a few threads of their own, so that a slow resolver holds no request or sender thread forever. */
    private static final ExecutorService LOOKUPS = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "webhook-dns");
        t.setDaemon(true);
        return t;
    });

    @Inject
    WebhooksConfig config;

    /** The destination to connect to, or why not, by the configured allow-list and platform hosts. */
    public Destination check(String url) throws RefusedUrlException {
        Set<String> allowHosts = config.allowHosts().orElse(List.of()).stream().map(h -> bare(h.trim()))
                .collect(Collectors.toSet());
        return check(url, allowHosts, config.platformHosts());
    }

    /** The rules themselves, for given allow-list and platform hosts. */
    public static Destination check(String url, Set<String> allowHosts, List<String> platformHosts)
            throws RefusedUrlException {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new RefusedUrlException("must be an absolute https URL of at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !Set.of("http", "https").contains(scheme)) {
            throw new RefusedUrlException("must be an absolute https URL with a host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("must not carry user name or password; authenticate the sender by its signature");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedUrlException("must not have a fragment");
        }
        String host = bare(uri.getHost());
        boolean allowed = allowHosts.contains(host);
        if (!allowed && !scheme.equals("https")) {
            throw new RefusedUrlException("must use https");
        }
        if (!allowed && isPlatformHost(host, platformHosts)) {
            throw new RefusedUrlException("names one of the platform's own services (" + host + ")");
        }
        InetAddress[] addresses = resolve(host);
        if (!allowed) {
            for (InetAddress address : addresses) {
                String kind = nonPublicKind(address);
                if (kind != null) {
                    throw new RefusedUrlException("resolves to " + kind + " (" + address.getHostAddress()
                            + "); webhooks are sent to public addresses only");
                }
            }
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        return new Destination(uri, host, port, tls, addresses[0]);
    }

    /** All addresses of a host, asked of DNS with a deadline (the JDK's look-up has none of its own). */
    private static InetAddress[] resolve(String host) throws RefusedUrlException {
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                return new InetAddress[0];
            }
        }, LOOKUPS);
        try {
            InetAddress[] addresses = lookup.get(RESOLVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (addresses.length == 0) {
                throw new RefusedUrlException("has a host that does not resolve (" + host + ")");
            }
            return addresses;
        } catch (TimeoutException e) {
            throw new RefusedUrlException("has a host that does not resolve in time (" + host + ")");
        } catch (ExecutionException e) {
            throw new RefusedUrlException("has a host that does not resolve (" + host + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedUrlException("could not be checked (interrupted)");
        }
    }

    private static boolean isPlatformHost(String host, List<String> platformHosts) {
        return platformHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .anyMatch(p -> host.equals(p) || host.endsWith("." + p));
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "an address of this network (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a shared address (100.64.0.0/10)";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "a protocol assignment address (192.0.0.0/24)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a benchmarking address (198.18.0.0/15)";
            }
            if (first >= 240) {
                return "a reserved address (240.0.0.0/4)";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a unique-local address (fc00::/7)";
            }
            if (isEmbeddingIpv4(b)) {
                try {
                    InetAddress embedded = InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
                    String kind = nonPublicKind(embedded);
                    return kind == null ? null : kind + " embedded in IPv6";
                } catch (UnknownHostException e) {
                    return "an unreadable address";
                }
            }
        }
        return null;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address in their last four bytes. */
    private static boolean isEmbeddingIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return compatible || nat64;
    }
}
