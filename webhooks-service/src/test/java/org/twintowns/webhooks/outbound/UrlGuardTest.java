package org.twintowns.webhooks.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSRF rules on their own, without the tests' allow-list: which URLs a webhook may never have. */
class UrlGuardTest {

    private static final List<String> PLATFORM = List.of("gateway", "news-service");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://127.0.0.1/hook           | a loopback address
            https://127.1.2.3:8443/hook      | a loopback address
            https://10.1.2.3/hook            | a private address
            https://172.16.0.1/hook          | a private address
            https://172.31.255.254/hook      | a private address
            https://192.168.1.1/hook         | a private address
            https://169.254.169.254/latest   | a link-local address
            https://[::1]/hook               | a loopback address
            https://[fc00::1]/hook           | a unique-local address
            https://[fd12:3456::1]/hook      | a unique-local address
            https://[fe80::1]/hook           | a link-local address
            https://0.0.0.0/hook             | the unspecified address
            https://[::]/hook                | the unspecified address
            https://224.0.0.1/hook           | a multicast address
            https://100.64.0.1/hook          | a shared address
            https://[::ffff:10.0.0.1]/hook   | a private address
            https://[64:ff9b::a00:1]/hook    | a private address embedded in IPv6
            https://localhost/hook           | a loopback address
            """)
    void shouldRefuseAddressesThatAreNotPublic(String url, String kind) {
        RefusedUrlException refused = assertThrows(RefusedUrlException.class,
                () -> UrlGuard.check(url, Set.of(), PLATFORM));
        assertTrue(refused.getMessage().contains("resolves to " + kind), refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://93.184.216.34/hook           | must use https
            https://gateway/api/v1/news         | the platform's own services
            https://api.news-service/x          | the platform's own services
            https://user:pw@93.184.216.34/hook  | user name or password
            ftp://93.184.216.34/hook            | absolute https URL
            /relative/hook                      | absolute https URL
            https://93.184.216.34/hook#part     | fragment
            """)
    void shouldRefuseUrlsThatAreNotPlainHttps(String url, String reason) {
        RefusedUrlException refused = assertThrows(RefusedUrlException.class,
                () -> UrlGuard.check(url, Set.of(), PLATFORM));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void shouldTakeAPublicAddressAndConnectToTheAddressItChecked() throws RefusedUrlException {
        Destination destination = UrlGuard.check("https://93.184.216.34:8443/hooks/in?x=1", Set.of(), PLATFORM);
        assertEquals("93.184.216.34", destination.address().getHostAddress());
        assertEquals(8443, destination.port());
        assertTrue(destination.tls());
        assertEquals("/hooks/in?x=1", destination.pathAndQuery());
    }

    @Test
    void shouldLetTheDevelopmentAllowListReachLoopbackOverHttp() throws RefusedUrlException {
        Destination destination = UrlGuard.check("http://127.0.0.1:9999/hook", Set.of("127.0.0.1"), PLATFORM);
        assertEquals("127.0.0.1", destination.address().getHostAddress());
        // The allow-list names hosts, not addresses: another name for loopback stays refused.
        assertThrows(RefusedUrlException.class, () -> UrlGuard.check("http://localhost:9999/hook", Set.of("127.0.0.1"), PLATFORM));
    }
}
