package org.twintowns.commons.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Host values name a server (RFC 9110 7.2, RFC 3986 3.2.2), and which are refused. */
class HostHeaderCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "api.twintowns.example", "api.twintowns.example.",
            "127.0.0.1", "127.0.0.1:0", "10.0.0.1:65535", "partnerships_1:8081", "xn--mnchen-3ya.de",
            "[::1]", "[::1]:8080", "[2001:db8::1]", "[2001:DB8:0:0:0:0:0:1]:443", "[::ffff:192.0.2.1]", "[::]",
            "[1:2:3:4:5:6:7:8]", "[1::8]"})
    void shouldAcceptAHostNameOrAddressWithAnOptionalPort(String host) {
        assertTrue(HostHeaderCheck.isValidAuthority(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":80", "x%41", "%41", "x%4", "a b", " a", "a@b", "user:pw@host", "a/b", "a?b",
            "a#b", "x:", "x:99999", "x:65536", "x:-1", "x:8o", "x:80:80", "a..b", ".a", "-\u00e4-", "m\u00fcnchen.de",
            "[::1", "::1", "[::1]80", "[::1]:", "[fe80::1%25eth0]", "[1:2:3:4:5:6:7:8:9]", "[1::2::3]", "[12345::]",
            "[::g]", "[v1.x]", "[1.2.3.4]", "[::1.2.3]", "a\tb", "a,b"})
    void shouldRefuseAnythingElse(String host) {
        assertFalse(HostHeaderCheck.isValidAuthority(host), host);
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 300, 10_000})
    void shouldRefuseANameLongerThanDnsAllows(int length) {
        String name = ("a".repeat(62) + ".").repeat(length / 63 + 1).substring(0, length);
        assertFalse(HostHeaderCheck.isValidAuthority(name.endsWith(".") ? name + "a" : name));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 253})
    void shouldAcceptNamesUpToDnsLimits(int length) {
        String name = ("a".repeat(62) + ".").repeat(length / 63 + 1).substring(0, length);
        assertTrue(HostHeaderCheck.isValidAuthority(name.endsWith(".") ? name.substring(0, length - 1) + "a" : name),
                name);
    }
}
