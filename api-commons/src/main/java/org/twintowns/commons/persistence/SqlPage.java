package org.twintowns.commons.persistence;

import jakarta.persistence.Query;

/**
 * A page of a native statement: {@code LIMIT} and {@code OFFSET} written into its SQL, as parameters.
 *
 * <p>Not {@code setFirstResult}/{@code setMaxResults} on a native query: Hibernate then rewrites the SQL text
 * at every execution, searching it with regular expressions for where its row limit goes (OffsetFetchLimitHandler,
 * insertBeforeForUpdate). Issue 21: 9 % of the CPU of a list of 20 municipalities.
 */
public final class SqlPage {

    /** To append to the statement, after its ORDER BY. */
    public static final String LIMIT_OFFSET = " LIMIT :page_limit OFFSET :page_offset";

    private SqlPage() {
    }

    /** Binds the page of a statement that ends with {@link #LIMIT_OFFSET}. */
    public static Query bind(Query query, int offset, int limit) {
        return query.setParameter("page_limit", limit).setParameter("page_offset", offset);
    }
}
