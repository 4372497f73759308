package org.twintowns.commons.paging;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every list response: one page of items and where it stands in the whole. A page of
 * a sync walk (a list in {@code updatedAt} order, see {@link Listing}) also says up to when it is
 * complete ({@code syncedUntil}) and carries the cursor of the page after it for its {@code next} link.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        @Schema(description = "The items of this page", maxItems = PageParams.MAX_SIZE) List<T> items,
        @Schema(description = "Zero-based number of this page", examples = "0", minimum = "0",
                maximum = "" + PageParams.MAX_PAGE) int page,
        @Schema(description = "Requested page size", examples = "20", minimum = "1",
                maximum = "" + PageParams.MAX_SIZE) int size,
        @Schema(description = "Number of items over all pages", examples = "42", minimum = "0",
                maximum = "" + Long.MAX_VALUE) long totalItems,
        @Schema(description = "Number of pages", examples = "3", minimum = "0",
                maximum = "" + Integer.MAX_VALUE) int totalPages,
        @Schema(description = Totals.ESTIMATED, examples = "true") Boolean totalItemsEstimated,
        @Schema(description = Listing.SYNCED_UNTIL, examples = "2026-05-01T10:00:00.123456Z")
        OffsetDateTime syncedUntil,
        @JsonIgnore @Schema(hidden = true) String nextAfter) {

    public static <T> Page<T> of(List<T> items, Paging params, long totalItems) {
        return of(items, params.page, params.size, Total.exact(totalItems), null, null);
    }

    static <T> Page<T> of(List<T> items, int page, int size, Total total, OffsetDateTime syncedUntil,
            String nextAfter) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (total.items() + size - 1) / size);
        // Absent when exact: every page before this field existed had an exact total.
        return new Page<>(List.copyOf(items), page, size, total.items(), totalPages,
                total.estimated() ? Boolean.TRUE : null, syncedUntil, nextAfter);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages,
                totalItemsEstimated, syncedUntil, nextAfter);
    }
}
