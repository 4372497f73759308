package org.twintowns.commons.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging, sorting and sync query parameters every list endpoint takes ({@code @BeanParam}), read
 * by {@link Listings}; a list in an order of its own (an import's rows in file order, search results
 * by relevance) takes {@link Paging} alone, so that a sort it would not honour is refused as unknown.
 */
public class PageParams extends Paging {

    @QueryParam("sort")
    @Size(max = 200)
    @Pattern(regexp = "[-+]?[A-Za-z][A-Za-z0-9]*(,[-+]?[A-Za-z][A-Za-z0-9]*)*",
            message = "must be a comma-separated list of field names, each optionally prefixed with - for descending")
    @Parameter(description = "Sort fields, comma-separated; prefix a field with - for descending order",
            example = "-createdAt")
    public String sort;

    @QueryParam("updatedSince")
    @Parameter(description = "Only items updated at or after this instant (RFC 3339 date-time with offset). "
            + "Without sort, lists in updatedAt order as a sync walk: start each sync from the syncedUntil of the "
            + "previous one, and follow the next links", example = "2026-05-01T10:00:00Z")
    public OffsetDateTime updatedSince;

    @QueryParam("after")
    @Size(max = Cursor.MAX_LENGTH)
    @Pattern(regexp = Cursor.PATTERN, message = "must be the after value of a next link this list gave")
    @Parameter(description = "Where a walk in updatedAt order goes on: opaque, taken from the next link of the "
            + "page before (it names that page's last item, so items changed meanwhile shift nothing); replaces "
            + "page",
            example = "MX4xNzc3NjI5NjAwMDAwMDAwfjE3Nzc2Mjk2NjAwMDAwMDB-MX4zZjJiMWM0ZC01ZTZmLTRhN2ItOGM5ZC0wZTFmMmEzYjRjNWQ")
    public String after;

    public PageParams() {
    }

    public PageParams(int page, int size, String sort) {
        super(page, size);
        this.sort = sort;
    }
}
