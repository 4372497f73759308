package org.twintowns.commons.paging;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.stream.Collectors;
import org.twintowns.commons.problem.ProblemException;

/**
 * Turns a client's {@code sort} parameter into a Panache {@link Sort} over a fixed set of
 * sortable fields, so that no client input ever becomes part of a query unchecked.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param sort     the client's value, such as {@code -createdAt,name}; null or blank for the default
     * @param sortable API field name to entity property, for each field clients may sort by
     * @param fallback the order used when the client gives none; also the tie-breaker
     */
    public static Sort parse(String sort, Map<String, String> sortable, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        Sort result = null;
        for (String part : sort.split(",")) {
            boolean descending = part.startsWith("-");
            String field = descending || part.startsWith("+") ? part.substring(1) : part;
            String property = sortable.get(field);
            if (property == null) {
                throw ProblemException.invalidField("sort", "cannot sort by '" + field + "'; sortable fields: "
                        + sortable.keySet().stream().sorted().collect(Collectors.joining(", ")));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(property, direction) : result.and(property, direction);
        }
        // A stable tie-breaker keeps pages from overlapping when the sort keys repeat.
        for (Sort.Column column : fallback.getColumns()) {
            if (result.getColumns().stream().noneMatch(c -> c.getName().equals(column.getName()))) {
                result = result.and(column.getName(), column.getDirection());
            }
        }
        return result;
    }
}
