package org.twintowns.commons.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every list response: one page of items and where it stands in the whole. */
public record Page<T>(
        @Schema(description = "The items of this page", maxItems = PageParams.MAX_SIZE) List<T> items,
        @Schema(description = "Zero-based number of this page", examples = "0", minimum = "0",
                maximum = "" + PageParams.MAX_PAGE) int page,
        @Schema(description = "Requested page size", examples = "20", minimum = "1",
                maximum = "" + PageParams.MAX_SIZE) int size,
        @Schema(description = "Number of items over all pages", examples = "42", minimum = "0",
                maximum = "" + Long.MAX_VALUE) long totalItems,
        @Schema(description = "Number of pages", examples = "3", minimum = "0",
                maximum = "" + Integer.MAX_VALUE) int totalPages) {

    public static <T> Page<T> of(List<T> items, Paging params, long totalItems) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (totalItems + params.size - 1) / params.size);
        return new Page<>(List.copyOf(items), params.page, params.size, totalItems, totalPages);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
