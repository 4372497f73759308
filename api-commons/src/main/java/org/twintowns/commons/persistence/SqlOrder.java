package org.twintowns.commons.persistence;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renders a list's {@link Sort} (its fields already checked against the list's sortable ones by
 * {@code Sorting.parse}) as the ORDER BY list of a native query: each field's column, ascending or
 * descending, for every list of every service.
 */
public final class SqlOrder {

    /** Where rows without a value go. */
    public enum Nulls {
        /** PostgreSQL's default: last when ascending, first when descending. */
        DEFAULT,
        /** Last either way (an unpublished item after every published one, whichever the direction). */
        LAST
    }

    private SqlOrder() {
    }

    /** The fields' columns from a fixed map; a field without one is a bug (the parse let it through). */
    public static String of(Sort sort, Map<String, String> columns) {
        return of(sort, field -> {
            String column = columns.get(field);
            if (column == null) {
                throw new IllegalArgumentException("No SQL column for sort field " + field);
            }
            return column;
        }, Nulls.DEFAULT);
    }

    /** A list whose sort fields are the table's column names. */
    public static String ofColumns(Sort sort, Nulls nulls) {
        return of(sort, UnaryOperator.identity(), nulls);
    }

    private static String of(Sort sort, UnaryOperator<String> column, Nulls nulls) {
        String last = nulls == Nulls.LAST ? " NULLS LAST" : "";
        return sort.getColumns().stream()
                .map(c -> column.apply(c.getName()) + (c.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC") + last)
                .collect(Collectors.joining(", "));
    }
}
