package org.twintowns.commons.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The condition of a filtered query, to follow WHERE: fixed fragments joined with AND, every value
 * a client gave travelling as a named parameter, never as text in the query. One way for every
 * repository to turn a filter into SQL or HQL, native ({@link #bind}) or through Panache
 * ({@link #parameters}).
 */
public final class WhereClause {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean asOfNow;

    /** Adds a condition that takes no value. */
    public WhereClause and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition and the value of the one named parameter it uses. */
    public WhereClause and(String condition, String parameter, Object value) {
        return and(condition).with(parameter, value);
    }

    /** Adds the value of a named parameter, for a condition that uses several or shares one. */
    public WhereClause with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /**
     * Marks the condition as one that depends on the moment it is read, by a value of the current time
     * ({@code starts_at > :now}): what it matches changes with time, not only with the data, so its total is
     * counted afresh (api-commons {@code Totals}).
     */
    public WhereClause asOfNow() {
        asOfNow = true;
        return this;
    }

    /** Whether {@link #asOfNow} marked it. */
    public boolean isAsOfNow() {
        return asOfNow;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The conditions joined with AND; {@code TRUE} when there are none, so that it may always follow WHERE. */
    public String condition() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /** The named parameters and their values, for Panache's {@code find(query, sort, parameters)}. */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Sets every named parameter on the query, and returns it. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
