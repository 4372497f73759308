package org.twintowns.commons.paging;

import io.quarkus.panache.common.Sort;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.commons.problem.ProblemException;

/**
 * One list request, resolved: the order, the window and the slice a repository reads, and how the
 * answer's page is made. Made by {@link Listings#of}, the one place that reads {@link PageParams}.
 *
 * <p>A request sorted by {@code updatedAt} (or {@code -updatedAt}), or one with {@code updatedSince} or
 * {@code after} and no sort, is a <em>sync walk</em>: ordered by {@code updatedAt} and then the
 * items' key, limited to the items updated before {@code syncedUntil} (a {@link Watermark} fixed by the
 * walk's first page and carried on in its cursor), and continued by keyset: the {@code next} link's
 * {@code after} names the last item shown, so items changed or deleted meanwhile shift nothing and no
 * item that stayed as it was is skipped. Every other request is paged by number as before.
 */
public final class Listing {

    public static final String SYNCED_UNTIL = "Only in a walk in updatedAt order (sort=updatedAt or -updatedAt, or "
            + "updatedSince without sort): every item updated before this instant that matches is in this walk, on "
            + "this page or another; items updated at or after it are left to the next walk. Keep it, and start the "
            + "next walk with updatedSince set to it: nothing committed is ever missed. The same on every page of a "
            + "walk.";

    private final Sort sort;
    private final int page;
    private final int size;
    private final OffsetDateTime updatedSince;
    private final OffsetDateTime until;
    private final Cursor after;
    private final boolean descending;

    Listing(Sort sort, int page, int size, OffsetDateTime updatedSince, OffsetDateTime until, Cursor after,
            boolean descending) {
        this.sort = sort;
        this.page = page;
        this.size = size;
        this.updatedSince = updatedSince;
        this.until = until;
        this.after = after;
        this.descending = descending;
    }

    /** The order to read in, in the sort names the caller gave {@link Listings#of}. */
    public Sort sort() {
        return sort;
    }

    /** True for a sync walk: in {@code updatedAt} order, within a window, continued by cursor. */
    public boolean syncWalk() {
        return until != null;
    }

    /** Whether {@link #restrict} adds conditions: updatedSince, a sync walk's window or its cursor. */
    public boolean restricts() {
        return updatedSince != null || until != null || after != null;
    }

    /** How many matching items to pass over before this page: none when a cursor says where to go on. */
    public int offset() {
        return after != null ? 0 : page * size;
    }

    public int limit() {
        return size;
    }

    /** The zero-based page number, also for a page reached by cursor. */
    public int page() {
        return page;
    }

    /**
     * Adds to {@code where} what this request asks of {@code updatedAt} besides the filters: from
     * {@code updatedSince}, before {@code syncedUntil}, and beyond the cursor in the walk's order. The
     * expressions are the query's own (HQL or SQL), such as {@code m.updatedAt} and {@code m.id}, or
     * for a list of pairs two key columns, in the order the sort breaks ties with them.
     *
     * @param updatedAt the items' {@code updatedAt} in the query
     * @param key       the columns that make an item unique, tie-breakers after {@code updatedAt}
     */
    public WhereClause restrict(WhereClause where, String updatedAt, String... key) {
        if (updatedSince != null) {
            where.and(updatedAt + " >= :sync_since", "sync_since", updatedSince);
        }
        if (until != null) {
            // Bound by the moment the walk began, each page by a cursor of its own: a total kept for it
            // would never be asked for again (Totals).
            where.and(updatedAt + " < :sync_until", "sync_until", until).asOfNow();
        }
        if (after != null) {
            if (after.key().size() != key.length) {
                // A cursor of another list.
                throw ProblemException.invalidField(Cursor.PARAMETER, Cursor.MESSAGE);
            }
            String beyond = descending ? " < " : " > ";
            // (updatedAt, k1, k2, ...) beyond the cursor, spelled out: HQL has no row comparison.
            String condition = key[key.length - 1] + beyond + ":sync_k" + (key.length - 1);
            for (int i = key.length - 2; i >= 0; i--) {
                condition = key[i] + beyond + ":sync_k" + i + " or (" + key[i] + " = :sync_k" + i + " and "
                        + condition + ")";
            }
            where.and("(" + updatedAt + beyond + ":sync_at or (" + updatedAt + " = :sync_at and (" + condition
                    + ")))", "sync_at", after.updatedAt());
            for (int i = 0; i < key.length; i++) {
                where.with("sync_k" + i, after.key().get(i));
            }
        }
        return where;
    }

    /**
     * The page of a list, from its items as read and the number of matching items ({@code where} as
     * restricted, before offset and limit).
     *
     * @param updatedAt an item's {@code updatedAt}
     * @param key       an item's key, the values of the key columns given to {@link #restrict}
     */
    public <T> Page<T> page(List<T> items, long matching, Function<T, OffsetDateTime> updatedAt,
            Function<T, List<UUID>> key) {
        return page(items, Total.exact(matching), updatedAt, key);
    }

    /** As {@link #page(List, long, Function, Function)}, with a total that may be an estimate ({@link Totals}). */
    public <T> Page<T> page(List<T> items, Total matching, Function<T, OffsetDateTime> updatedAt,
            Function<T, List<UUID>> key) {
        if (!syncWalk()) {
            return Page.of(items, page, size, matching, null, null);
        }
        // A page reached by cursor counts only what is left from it on; those before it filled whole pages.
        Total total = after == null ? matching
                : new Total((long) page * size + matching.items(), matching.estimated());
        String next = null;
        if (items.size() == size) {
            T last = items.get(items.size() - 1);
            next = page + 1 > PageParams.MAX_PAGE ? null
                    : new Cursor(updatedAt.apply(last), key.apply(last), until, page + 1).encode();
        }
        return Page.of(items, page, size, total, until, next);
    }
}
