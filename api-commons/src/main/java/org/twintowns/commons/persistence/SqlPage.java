package org.twintowns.commons.persistence;

/**
 * A page of a statement: {@code LIMIT} and {@code OFFSET} written into its text as numbers, in native SQL and in
 * HQL alike (Hibernate's HQL has the same clause, after ORDER BY, and renders the numbers as they are).
 *
 * <p>Not Panache's {@code range}/{@code page} or JPA's {@code setMaxResults} on an HQL query either: Hibernate then
 * sends the row limit and offset as parameters ({@code offset ? rows fetch first ? rows only}), with the
 * consequence below. events-service's {@code KeptReadPlansTest} caught it once the events table had statistics:
 * the day's page of events was planned anew at every execution (12 plans for the values, none kept).
 *
 * <p>Not {@code setFirstResult}/{@code setMaxResults} on a native query: Hibernate then rewrites the SQL text
 * at every execution, searching it with regular expressions for where its row limit goes (OffsetFetchLimitHandler,
 * insertBeforeForUpdate). Issue 21: 9 % of the CPU of a list of 20 municipalities.
 *
 * <p>Not parameters either ({@code LIMIT $1 OFFSET $2}): PostgreSQL then never keeps a plan of the prepared
 * statement. A plan made for any limit assumes a tenth of the table, costs more than one made for 20 rows, and
 * so every execution is planned anew (a custom plan: {@code pg_prepared_statements} counted 13 custom and no
 * generic plans). Planning was most of the database's time for a list of 20 municipalities: its bind took
 * 0.37 ms, its execution 0.13 ms. With the numbers in the text, a list without filters has no parameter at all
 * and is planned once per connection, and one with filters gets a generic plan from the sixth execution on. The
 * numbers are ints the caller checked ({@link org.twintowns.commons.paging.PageParams} bounds them), not text.
 */
public final class SqlPage {

    private SqlPage() {
    }

    /** To append to the statement, after its ORDER BY: {@code " LIMIT 20 OFFSET 40"}. */
    public static String of(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page of " + limit + " rows from " + offset);
        }
        return " LIMIT " + limit + " OFFSET " + offset;
    }
}
