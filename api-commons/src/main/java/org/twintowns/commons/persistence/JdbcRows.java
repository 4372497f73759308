package org.twintowns.commons.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.postgresql.util.PGobject;

/**
 * A read in SQL whose rows are read straight from JDBC, on the connection of the entity manager's session:
 * for the pages of lists, where Hibernate's handling of a native query cost more than the statement. For
 * each execution it worked out the result's mapping from the JDBC metadata (13 % of a list of 20
 * municipalities, issue 21), then extracted every column through its type system into an {@code Object[]}.
 *
 * <p>The statement is prepared and executed through Hibernate's JDBC coordinator: its statistics count it
 * (the tests that bound the statements of a list see it), it runs in the session's transaction if there is
 * one, the connection is released as the session's other statements release it, and a failure becomes
 * Hibernate's {@link org.hibernate.JDBCException}, as from a query. Unlike a query it does not flush the
 * session first: it is for reads that no change of the same request precedes.
 *
 * <p>Parameters are named, {@code :name}, as in the rest of the SQL of the project ({@link WhereClause}), and
 * a collection is expanded for {@code IN (:ids)} as Hibernate expands it. An array ({@code UUID[]} or
 * {@code String[]}) travels as one value, for {@code = ANY(:ids)}: one statement text, and so one plan, whatever
 * its length, where an {@code IN} list of n parameters is a statement of its own for every n. (A look-up that
 * a long transaction repeats against tables it fills also needs {@link FreshPlans}.)
 */
public final class JdbcRows {

    /** Makes one value of the current row of the result set. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** SQLSTATE 22008, datetime field overflow. */
    private static final String DATETIME_OVERFLOW = "22008";

    private JdbcRows() {
    }

    /** Takes in one row of the result set, for {@link #each}. */
    @FunctionalInterface
    public interface RowAction {
        void accept(ResultSet row) throws SQLException;
    }

    /** The rows of {@code sql} with these parameters, each made by {@code reader}, in the order of the result. */
    public static <T> List<T> list(EntityManager em, String sql, Map<String, ?> parameters, Reader<T> reader) {
        List<T> rows = new ArrayList<>();
        each(em, sql, parameters, row -> rows.add(reader.read(row)));
        return rows;
    }

    /**
     * The rows of {@code sql} grouped by the id in their first column, each made by {@code reader}, every group in
     * the order of the result: the rows of a page's collection, read for the whole page by an array of its ids.
     * An id without rows has no entry.
     */
    public static <T> Map<UUID, List<T>> grouped(EntityManager em, String sql, Map<String, ?> parameters,
            Reader<T> reader) {
        Map<UUID, List<T>> groups = new HashMap<>();
        each(em, sql, parameters, groupingInto(groups, reader));
        return groups;
    }

    private static <T> RowAction groupingInto(Map<UUID, List<T>> groups, Reader<T> reader) {
        return row -> groups.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>()).add(reader.read(row));
    }

    /** Reads to send {@link Together}: add them, then {@link Together#run} them. */
    public static Together together() {
        return new Together();
    }

    /**
     * Several reads with the same parameters, sent to PostgreSQL together as one statement of several: one round
     * trip, where each read on its own waits for the answer to the one before. A page's collections, each read for
     * the whole page by its ids, are such reads: a GET of a partnership by id sent seven statements, five of them
     * its collections, and each cost a round trip through the driver, the kernel and a PostgreSQL backend, the
     * largest share of the request's time (issue 21). The driver sends the statements in one message and reads
     * their results in order; PostgreSQL plans and runs each as it would on its own. Hibernate's statistics count
     * the whole as one statement.
     */
    public static final class Together {

        private final List<String> statements = new ArrayList<>();
        private final List<RowAction> actions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();
        private boolean ran;

        private Together() {
        }

        /** A parameter a read added here names beyond those {@link #run} is given. */
        public Together with(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** Hands each row of {@code sql}'s result to {@code action} when the reads {@link #run}. */
        public void each(String sql, RowAction action) {
            statements.add(sql);
            actions.add(action);
        }

        /**
         * The rows of {@code sql} grouped by the id in their first column, as {@link JdbcRows#grouped}: the map is
         * empty until {@link #run} fills it.
         */
        public <T> Map<UUID, List<T>> grouped(String sql, Reader<T> reader) {
            Map<UUID, List<T>> groups = new HashMap<>();
            each(sql, groupingInto(groups, reader));
            return groups;
        }

        /** The rows of {@code sql}, each made by {@code reader}, in the order of the result: empty until {@link #run}. */
        public <T> List<T> list(String sql, Reader<T> reader) {
            List<T> rows = new ArrayList<>();
            each(sql, row -> rows.add(reader.read(row)));
            return rows;
        }

        /**
         * The rows of a page made whole by reads that take the page's ids as the array {@code :ids}: {@code completing}
         * adds them here for that many ids and answers what makes a row whole from their results; then they run, and
         * each row is made whole. Nothing is added or run for an empty page.
         */
        public <T> List<T> completing(EntityManager em, List<T> page, Function<T, UUID> id,
                IntFunction<UnaryOperator<T>> completing) {
            if (page.isEmpty()) {
                return List.of();
            }
            UUID[] ids = page.stream().map(id).toArray(UUID[]::new);
            UnaryOperator<T> whole = completing.apply(ids.length);
            run(em, Map.of("ids", ids));
            return page.stream().map(whole).toList();
        }

        /**
         * The row of {@code sql}, whose parameter {@code :id} is {@code id}, made by {@code reader}, read together with
         * the reads added here, which take the same id as the one-element array {@code :ids}: a GET by id in one round
         * trip, as its id is known before its row is read. Runs the reads; empty when no row has the id.
         */
        public <T> Optional<T> one(EntityManager em, String sql, UUID id, Reader<T> reader) {
            List<T> found = list(sql, reader);
            run(em, Map.of("id", id, "ids", new UUID[] {id}));
            return found.stream().findFirst();
        }

        /**
         * Runs the reads with these parameters and those added {@link #with}, each handing its rows on as it was
         * added. Once: the rows would be handed on again.
         */
        public void run(EntityManager em, Map<String, ?> parameters) {
            if (ran) {
                throw new IllegalStateException("these reads ran already");
            }
            ran = true;
            if (statements.isEmpty()) {
                return;
            }
            Map<String, Object> all = new HashMap<>(this.parameters);
            all.putAll(parameters);
            execute(em, String.join(";\n", statements), all, actions);
        }
    }

    /** Runs {@code sql} with these parameters and hands each row of its result to {@code action}, in order. */
    public static void each(EntityManager em, String sql, Map<String, ?> parameters, RowAction action) {
        execute(em, sql, parameters, List.of(action));
    }

    /**
     * Runs {@code sql}, one statement or several separated by semicolons, and hands the rows of the i-th result to
     * the i-th action.
     */
    private static void execute(EntityManager em, String sql, Map<String, ?> parameters, List<RowAction> actions) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        Positional statement = Positional.of(sql, parameters);
        PreparedStatement prepared = jdbc.getStatementPreparer().prepareStatement(statement.sql());
        try {
            int index = 1;
            for (Object value : statement.values()) {
                bind(prepared, index++, value);
            }
            // The session registers the first result; the driver closes each when the next is asked for.
            ResultSet first = actions.size() == 1 ? jdbc.getResultSetReturn().extract(prepared, statement.sql())
                    : jdbc.getResultSetReturn().execute(prepared, statement.sql());
            try {
                ResultSet result = first;
                for (int i = 0; i < actions.size(); i++) {
                    if (i > 0) {
                        if (!prepared.getMoreResults()) {
                            throw new IllegalStateException("no result " + (i + 1) + " of " + actions.size() + ": " + sql);
                        }
                        result = prepared.getResultSet();
                    }
                    RowAction action = actions.get(i);
                    while (result.next()) {
                        action.accept(result);
                    }
                }
            } finally {
                jdbc.getLogicalConnection().getResourceRegistry().release(first, prepared);
            }
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "reading rows", statement.sql());
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(prepared);
            jdbc.afterStatementExecution();
        }
    }

    /** As {@link #list(EntityManager, String, Map, Reader)} with the parameters of a where-clause. */
    public static <T> List<T> list(EntityManager em, String sql, WhereClause where, Reader<T> reader) {
        return list(em, sql, where.parameters(), reader);
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof UUID[] ids) {
            statement.setObject(index, uuidArray(ids));
        } else if (value instanceof String[] texts) {
            statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            // UUID, String, the boxed numbers and Boolean, LocalDate, OffsetDateTime: the driver knows them all.
            try {
                statement.setObject(index, value);
            } catch (DateTimeException | ArithmeticException e) {
                // The driver writes a time as text itself, and fails in Java on one no database could hold
                // (year 1,000,000,000): the database's own refusal of such a value, a data exception (22008).
                throw new SQLException("a value the database cannot hold: " + e.getMessage(), DATETIME_OVERFLOW, e);
            }
        }
    }

    /**
     * An array of ids as PostgreSQL's {@code uuid[]}, its text written here: a UUID's text needs no quoting, and
     * the driver's {@code createArrayOf} escaped every element of every array, 3 % of the CPU of a list of 20
     * partnerships, which binds the page's ids for each of its collections (issue 21).
     */
    static PGobject uuidArray(UUID[] ids) throws SQLException {
        StringBuilder text = new StringBuilder(2 + ids.length * 37).append('{');
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(ids[i] == null ? "NULL" : ids[i].toString());
        }
        PGobject array = new PGobject();
        array.setType("uuid[]");
        array.setValue(text.append('}').toString());
        return array;
    }

    /**
     * A statement with {@code :name} parameters as JDBC wants it, with {@code ?} in their places, and the
     * values in the order of the places. A collection becomes as many places as it has elements, as
     * Hibernate expands it, so that {@code IN (:ids)} means the same here as in a query; a {@code UUID[]} or
     * {@code String[]} stays one value, for {@code = ANY(:ids)}. A colon inside a string
     * literal, a quoted identifier or a comment, and PostgreSQL's cast {@code ::}, are left as they are.
     */
    record Positional(String sql, List<Object> values) {

        static Positional of(String sql, Map<String, ?> parameters) {
            StringBuilder out = new StringBuilder(sql.length() + 16);
            List<Object> values = new ArrayList<>();
            int i = 0;
            int n = sql.length();
            while (i < n) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"') {
                    // A doubled quote inside ends this part and opens the next part of the same literal.
                    int end = sql.indexOf(c, i + 1);
                    end = end < 0 ? n : end + 1;
                    out.append(sql, i, end);
                    i = end;
                } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                    int end = sql.indexOf('\n', i);
                    end = end < 0 ? n : end;
                    out.append(sql, i, end);
                    i = end;
                } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                    out.append("::");
                    i += 2;
                } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                        end++;
                    }
                    String name = sql.substring(i + 1, end);
                    if (!parameters.containsKey(name)) {
                        throw new IllegalArgumentException("no value for :" + name + " in " + sql);
                    }
                    Object value = parameters.get(name);
                    if (value instanceof Collection<?> elements) {
                        if (elements.isEmpty()) {
                            throw new IllegalArgumentException(":" + name + " is an empty collection");
                        }
                        String separator = "";
                        for (Object element : elements) {
                            out.append(separator).append('?');
                            separator = ", ";
                            values.add(element);
                        }
                    } else {
                        out.append('?');
                        values.add(value);
                    }
                    i = end;
                } else if (c == '?') {
                    throw new IllegalArgumentException("a positional parameter in a statement with named ones: " + sql);
                } else {
                    out.append(c);
                    i++;
                }
            }
            return new Positional(out.toString(), values);
        }
    }
}
