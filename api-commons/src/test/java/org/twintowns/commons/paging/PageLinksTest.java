package org.twintowns.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Link header of a page: the request's own path and query, its page or cursor replaced. */
class PageLinksTest {

    /** A request's UriInfo that answers the request's URI only: the test fails if PageLinks asks it anything else. */
    private static UriInfo request(String uri) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUri")) {
                        return URI.create(uri);
                    }
                    throw new AssertionError("PageLinks asked the request for " + method.getName()
                            + ", which this test does not answer");
                });
    }

    private static Page<String> page(int page, int size, long total) {
        return Page.of(List.of("item"), page, size, Total.exact(total), null, null);
    }

    @Test
    void shouldLinkFirstPrevNextAndLastKeepingTheOtherParameters() {
        assertEquals("</api/v1/partnerships?size=20&state=DE-TH&page=0>; rel=\"first\", "
                        + "</api/v1/partnerships?size=20&state=DE-TH&page=1>; rel=\"prev\", "
                        + "</api/v1/partnerships?size=20&state=DE-TH&page=3>; rel=\"next\", "
                        + "</api/v1/partnerships?size=20&state=DE-TH&page=9>; rel=\"last\"",
                PageLinks.header(request("/api/v1/partnerships?size=20&page=2&state=DE-TH"), page(2, 20, 181)));
    }

    @Test
    void shouldLinkTheFirstPageOfAnUnfilteredListWithPageAlone() {
        assertEquals("</api/v1/news?page=0>; rel=\"first\", </api/v1/news?page=0>; rel=\"last\"",
                PageLinks.header(request("/api/v1/news"), page(0, 20, 3)));
    }

    @Test
    void shouldReplaceEveryPageParameterHoweverItIsSpelled() {
        assertEquals("</x?q=a&page=0>; rel=\"first\", </x?q=a&page=1>; rel=\"next\", </x?q=a&page=1>; rel=\"last\"",
                PageLinks.header(request("/x?page=7&q=a&p%61ge=5&"), page(0, 1, 2)));
    }

    @Test
    void shouldKeepWhatTheClientEncodedAndEncodeWhatAUriMayNotHold() {
        // java.net.URI lets non-ASCII letters stand unencoded; a header carries ASCII only.
        assertEquals("</x/K%C3%B6ln?q=K%C3%B6ln&city=%D0%9A%D0%B8%D1%97%D0%B2&page=0>; rel=\"first\", "
                        + "</x/K%C3%B6ln?q=K%C3%B6ln&city=%D0%9A%D0%B8%D1%97%D0%B2&page=0>; rel=\"last\"",
                PageLinks.header(request("/x/Köln?q=K%C3%B6ln&city=Київ"), page(0, 20, 1)));
    }

    @Test
    void shouldWalkBySortAndCursorWithoutPageNumbers() {
        OffsetDateTime until = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);
        Page<String> walk = Page.of(List.of("item"), 0, 1, Total.exact(5), until, "MX4x~Mg-_");
        assertEquals("</api/v1/events?sort=updatedAt>; rel=\"first\", "
                        + "</api/v1/events?sort=updatedAt&after=MX4x%7EMg-_>; rel=\"next\"",
                PageLinks.header(request("/api/v1/events?sort=updatedAt&after=old&page=0"), walk));
        Page<String> end = Page.of(List.of("item"), 0, 1, Total.exact(5), until, null);
        assertEquals("</api/v1/events>; rel=\"first\"", PageLinks.header(request("/api/v1/events?after=old"), end));
    }
}
