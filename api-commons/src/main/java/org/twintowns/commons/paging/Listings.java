package org.twintowns.commons.paging;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.twintowns.commons.problem.ProblemException;

/**
 * Makes a {@link Listing} of a list's query parameters: every list of every service goes through
 * here, so that {@code sort}, {@code updatedSince} and {@code after} mean the same everywhere.
 */
@ApplicationScoped
public class Listings {

    /** The API name of the field every list sorts and filters by for incremental sync. */
    public static final String UPDATED_AT = "updatedAt";

    @Inject
    Watermark watermark;

    /**
     * @param params   the request's paging, sorting and sync parameters
     * @param sortable the API fields clients may sort by, to the names the repository sorts by; it must
     *                 name {@link #UPDATED_AT}
     * @param fallback the order when the client gives none; also the tie-breaker
     * @param key      the names the repository sorts by for the items' key, which follows
     *                 {@code updatedAt} in a sync walk (usually the id)
     */
    public Listing of(PageParams params, Map<String, String> sortable, Sort fallback, String... key) {
        String sort = params.sort == null ? "" : params.sort.strip();
        boolean ascending = sort.equals(UPDATED_AT) || sort.equals("+" + UPDATED_AT);
        boolean descending = sort.equals("-" + UPDATED_AT);
        boolean sync = ascending || descending
                || sort.isEmpty() && (params.updatedSince != null || params.after != null);
        if (!sync) {
            if (params.after != null) {
                throw ProblemException.invalidField(Cursor.PARAMETER, "continues a walk in updatedAt order; send it "
                        + "with sort=updatedAt or -updatedAt, as the next link does");
            }
            Sort order = Sorting.parse(params.sort, sortable, fallback);
            return new Listing(order, params.page, params.size, since(params), null, null, false);
        }
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort order = Sort.by(property(sortable, UPDATED_AT), direction);
        for (String column : key) {
            order = order.and(column, direction);
        }
        Cursor cursor = null;
        if (params.after != null) {
            if (params.page != 0) {
                throw ProblemException.invalidField(Cursor.PARAMETER, "takes the place of page; send one of them");
            }
            cursor = Cursor.decode(params.after);
        }
        return new Listing(order, cursor == null ? params.page : cursor.page(), params.size, since(params),
                cursor == null ? watermark.now() : cursor.until(), cursor, descending);
    }

    private static OffsetDateTime since(PageParams params) {
        return params.updatedSince == null ? null : params.updatedSince.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String property(Map<String, String> sortable, String field) {
        String property = sortable.get(field);
        if (property == null) {
            throw new IllegalArgumentException("A list must offer " + field + " among its sort fields");
        }
        return property;
    }
}
