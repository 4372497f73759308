package org.twintowns.commons.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.stream.Stream;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;

/**
 * Refuses, with a 400 problem and before anything else looks at it, a request whose {@code Host}
 * is not one plain authority: RFC 9110, section 7.2, asks for a 400 on an HTTP/1.1 request with no
 * {@code Host}, with more than one, or with an invalid one. Valid is what a client reaching a server
 * by name or address sends (RFC 3986, section 3.2.2, without the parts no server is named by): a
 * DNS-like name, an IPv4 address or a bracketed IPv6 address, and an optional port from 0 to
 * 65535. No user info, no percent-escapes, no spaces, no empty name. Nothing downstream (URL
 * building, the framework's own parsing of the authority) ever meets a value it could stumble on.
 * The host is never used for absolute URLs anyway ({@link PublicBaseUrl}).
 */
@ApplicationScoped
public class HostHeaderCheck {

    /** After the request id, Date and security header filters, so that the 400 carries them all. */
    static final int PRIORITY = 9_400;

    /** The longest DNS name (RFC 1035, 2.3.4, written without the final dot). */
    static final int MAX_NAME_LENGTH = 253;
    /** A DNS label (RFC 1035, 2.3.4). */
    static final int MAX_LABEL_LENGTH = 63;

    void register(@Observes Filters filters) {
        filters.register(HostHeaderCheck::handle, PRIORITY);
    }

    static void handle(RoutingContext ctx) {
        String refusal = refusal(ctx.request());
        if (refusal != null) {
            // The connection cannot be trusted to frame the next request the way the client meant.
            ctx.response().putHeader("Connection", "close");
            ProblemResponses.write(ctx.request(), ProblemType.forStatus(400).problem(400, refusal));
            return;
        }
        ctx.next();
    }

    /** Why the request's {@code Host} is refused, or null when it is fine. */
    static String refusal(HttpServerRequest request) {
        List<String> hosts = request.headers().getAll("Host");
        if (hosts.size() > 1) {
            return "The request has " + hosts.size() + " Host headers; send exactly one.";
        }
        String authority;
        if (!hosts.isEmpty()) {
            authority = hosts.get(0);
        } else if (request.version() == HttpVersion.HTTP_2) {
            // HTTP/2 names it in the :authority pseudo-header (RFC 9113, 8.3.1), which may be absent.
            authority = request.authority() == null ? null : request.authority().toString();
            if (authority == null) {
                return null;
            }
        } else {
            // HTTP/1.0 may go without.
            return request.version() == HttpVersion.HTTP_1_1 ? "The request has no Host header." : null;
        }
        return isValidAuthority(authority) ? null
                : "The Host header must be a host name, an IPv4 address or a bracketed IPv6 address, "
                        + "optionally followed by a port (0-65535).";
    }

    /** Whether {@code value} is {@code host [":" port]} as described above. */
    static boolean isValidAuthority(String value) {
        String host = value;
        int portStart = -1;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = value.substring(0, close + 1);
            if (close + 1 < value.length()) {
                if (value.charAt(close + 1) != ':') {
                    return false;
                }
                portStart = close + 2;
            }
            if (!isIpv6(host.substring(1, host.length() - 1))) {
                return false;
            }
        } else {
            int colon = value.indexOf(':');
            if (colon >= 0) {
                host = value.substring(0, colon);
                portStart = colon + 1;
            }
            if (!isName(host)) {
                return false;
            }
        }
        return portStart < 0 || isPort(value.substring(portStart));
    }

    /** A DNS-like name (also covers IPv4): labels of letters, digits, '-' and '_', one final dot allowed. */
    static boolean isName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        int labelLength = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labelLength = 0;
            } else if (isAsciiLetterOrDigit(c) || c == '-' || c == '_') {
                if (++labelLength > MAX_LABEL_LENGTH) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return labelLength > 0;
    }

    static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5) {
            return false;
        }
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(port) <= 65_535;
    }

    /**
     * An IPv6 address in the text form of RFC 4291, section 2.2: eight groups of one to four hex
     * digits, one run of them shortened to "::", the last two possibly an IPv4 address. No zone id.
     */
    static boolean isIpv6(String address) {
        int elision = address.indexOf("::");
        if (elision >= 0 && address.indexOf("::", elision + 1) >= 0) {
            return false;
        }
        List<String> groups = elision >= 0
                ? concat(groupsOf(address.substring(0, elision)), groupsOf(address.substring(elision + 2)))
                : groupsOf(address);
        if (groups == null) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            boolean last = i == groups.size() - 1;
            if (last && group.indexOf('.') >= 0 && (elision < 0 || !address.endsWith("::"))) {
                if (!isIpv4(group)) {
                    return false;
                }
                count += 2;
            } else if (isHexGroup(group)) {
                count++;
            } else {
                return false;
            }
        }
        return elision >= 0 ? count <= 7 : count == 8;
    }

    /** The ':'-separated groups of one side of an IPv6 address; empty for an empty side; null if a group is empty. */
    private static List<String> groupsOf(String side) {
        if (side.isEmpty()) {
            return List.of();
        }
        List<String> groups = List.of(side.split(":", -1));
        return groups.stream().anyMatch(String::isEmpty) ? null : groups;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        if (first == null || second == null) {
            return null;
        }
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static boolean isHexGroup(String group) {
        if (group.isEmpty() || group.length() > 4) {
            return false;
        }
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4(String address) {
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
