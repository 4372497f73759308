package org.twintowns.partnerships.persistence;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a {@link Sort} over known field names as an SQL ORDER BY list from a fixed column map; for the
 * native list queries of both features (municipalities, partnerships).
 */
public final class SqlOrder {

    private SqlOrder() {
    }

    public static String of(Sort sort, Map<String, String> columns) {
        return sort.getColumns().stream()
                .map(column -> {
                    String sql = columns.get(column.getName());
                    if (sql == null) {
                        // Sorting.parse only lets known fields through; anything else is a bug here.
                        throw new IllegalArgumentException("No SQL column for sort field " + column.getName());
                    }
                    return sql + (column.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC");
                })
                .collect(Collectors.joining(", "));
    }
}
