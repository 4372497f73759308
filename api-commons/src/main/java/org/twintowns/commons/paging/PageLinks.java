package org.twintowns.commons.paging;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * RFC 8288 {@code Link} headers for a page of a list: first, prev, next and last by page number; for a
 * page of a sync walk (see {@link Listing}) first, and next by cursor ({@code after}) while the page is
 * full. Each target is the request's own path and query, relative (so that links stay right behind the
 * gateway, whatever host the client used), with its {@code page} and {@code after} parameters replaced.
 *
 * <p>Written as text from the request's raw query, not through JAX-RS's UriBuilder and Link: their regular
 * expressions, which re-encode every parameter, took 7 % of the CPU of a list of 20 (issue 21).
 */
public final class PageLinks {

    private static final String PAGE = "page";
    private static final String AFTER = "after";
    /** Besides letters and digits: unreserved, sub-delims, ':', '@', '/', '?' and '%' of a percent-encoding. */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?%";
    private static final String HEX = "0123456789ABCDEF";

    private PageLinks() {
    }

    /** The value of the {@code Link} header for this page of the list {@code uri} asked for. */
    public static String header(UriInfo uri, Page<?> page) {
        String base = base(uri.getRequestUri());
        List<String> links = new ArrayList<>(4);
        if (page.syncedUntil() != null) {
            links.add(link(base.substring(0, base.length() - 1), "first"));
            if (page.nextAfter() != null) {
                links.add(link(base + AFTER + "=" + URLEncoder.encode(page.nextAfter(), StandardCharsets.UTF_8),
                        "next"));
            }
            return String.join(", ", links);
        }
        int last = Math.max(0, page.totalPages() - 1);
        links.add(link(base + PAGE + "=0", "first"));
        if (page.page() > 0) {
            links.add(link(base + PAGE + "=" + Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(base + PAGE + "=" + (page.page() + 1), "next"));
        }
        links.add(link(base + PAGE + "=" + last, "last"));
        return String.join(", ", links);
    }

    /** A 200 response with the page as body and its navigation links in one {@code Link} header. */
    public static <T> RestResponse<Page<T>> response(UriInfo uri, Page<T> page) {
        return RestResponse.ResponseBuilder.ok(page).header("Link", header(uri, page)).build();
    }

    /**
     * The request's path and query without its page and after parameters, ending in {@code ?} or {@code &}:
     * ready for one more parameter. The other parameters stay as the client encoded them, in its order.
     */
    private static String base(URI request) {
        StringBuilder base = new StringBuilder();
        appendSafe(base, request.getRawPath());
        base.append('?');
        String query = request.getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (!parameter.isEmpty() && !replaced(parameter)) {
                    appendSafe(base, parameter);
                    base.append('&');
                }
            }
        }
        return base.toString();
    }

    /**
     * Appends what the client sent, percent-encoding every character a URI may not hold (RFC 3986 3.3, 3.4):
     * a link must never carry a {@code >}, a quote, a space or a line break from the request into the header.
     */
    private static void appendSafe(StringBuilder to, String raw) {
        raw.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0)) {
                to.append((char) c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    to.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
        });
    }

    private static boolean replaced(String parameter) {
        int equals = parameter.indexOf('=');
        String name = URLDecoder.decode(equals < 0 ? parameter : parameter.substring(0, equals), StandardCharsets.UTF_8);
        return name.equals(PAGE) || name.equals(AFTER);
    }

    /** A link-value (RFC 8288 3); the target is a URI reference, so it holds no {@code >}. */
    private static String link(String target, String rel) {
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
