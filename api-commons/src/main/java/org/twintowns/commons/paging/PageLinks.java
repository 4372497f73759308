package org.twintowns.commons.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * RFC 8288 {@code Link} headers for a page of a list: first, prev, next and last by page number; for a
 * page of a sync walk (see {@link Listing}) first, and next by cursor ({@code after}) while the page is
 * full.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static List<Link> of(UriInfo uri, Page<?> page) {
        if (page.syncedUntil() != null) {
            return walk(uri, page);
        }
        List<Link> links = new ArrayList<>();
        int last = Math.max(0, page.totalPages() - 1);
        links.add(link(uri, 0, "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return links;
    }

    /** A 200 response with the page as body and its navigation links in one {@code Link} header. */
    public static <T> RestResponse<Page<T>> response(UriInfo uri, Page<T> page) {
        String links = of(uri, page).stream().map(Link::toString).collect(Collectors.joining(", "));
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", links)
                .build();
    }

    private static List<Link> walk(UriInfo uri, Page<?> page) {
        List<Link> links = new ArrayList<>();
        links.add(link(uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("after").build(),
                "first"));
        if (page.nextAfter() != null) {
            links.add(link(uri.getRequestUriBuilder().replaceQueryParam("page")
                    .replaceQueryParam("after", page.nextAfter()).build(), "next"));
        }
        return links;
    }

    private static Link link(URI target, String rel) {
        String query = target.getRawQuery();
        return Link.fromUri(target.getRawPath() + (query == null || query.isEmpty() ? "" : "?" + query)).rel(rel)
                .build();
    }

    private static Link link(UriInfo uri, int page, String rel) {
        // Relative references keep links right behind the gateway, whatever host the client used.
        URI target = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        return Link.fromUri(target.getRawPath() + "?" + target.getRawQuery()).rel(rel).build();
    }
}
