package org.twintowns.commons.persistence;

import org.twintowns.commons.paging.Paging;

/**
 * A named parameter of a native statement, in the sight of PostgreSQL's planner or out of it.
 *
 * <p>Out of sight, {@code (SELECT CAST(:country AS text))}, PostgreSQL computes the value once, before the scan,
 * and plans the statement without it. For a prepared statement whose plan cannot depend on the value (a page
 * whose order an index of the filtered column serves, whatever the value), that is one plan kept from the sixth
 * run on instead of a plan for the value at every run, each no dearer than one for all: France's page of
 * municipalities 0.12 ms a run with the value in sight, 0.07 ms without (issue 21). Where the plan does depend
 * on how many rows match (a count, another condition beside it, another order), the value must stay in sight:
 * without it PostgreSQL read and sorted all of Germany's partnerships for a page of its twinnings.
 *
 * <p>An array of ids compared with {@code = ANY} is the commonest such value ({@link #anyOfIn}): the one way the
 * services write a look-up by a page's ids.
 */
public final class PlanValues {

    private PlanValues() {
    }

    /**
     * The parameter {@code :name} as {@code type}, in the plan's sight or not.
     *
     * @param unseen whether the planner is not to see the value (see the class comment for when)
     */
    public static String of(String name, String type, boolean unseen) {
        String value = "CAST(:" + name + " AS " + type + ")";
        return unseen ? "(SELECT " + value + ")" : value;
    }

    /**
     * {@code ANY(...)} of the array parameter {@code :name} of {@code elementType}s, out of the plan's sight or in it;
     * {@link ArrayStatement#forLength} takes the first for an array of at most a page of values ({@link Paging#MAX_SIZE}).
     *
     * <p>A look-up by a page's ids (a partnership's participants, a page's registration counts, the names of a few
     * municipalities) probes an index once per id whatever their number, and yet PostgreSQL planned it anew at
     * every run: a plan for the array it is given, of one or twenty ids, always looked cheaper than its one plan
     * for all, which assumes an array of ten. For a GET of a partnership by id that was two of its seven
     * statements planned each time, 0.13-0.21 ms of planning each in the statement log (issue 21). Out of sight,
     * both plans are the same and PostgreSQL keeps one from the sixth run on. A longer array (a map's thousands of
     * municipalities) stays in sight, planned for its length: there a scan of the whole table may be the better
     * plan.
     *
     * @param unseen whether the planner is not to see the array
     */
    private static String anyOf(String name, String elementType, boolean unseen) {
        String array = "CAST(:" + name + " AS " + elementType + "[])";
        // Wrapped in a cast: ANY((SELECT ...)) would compare with each row of a subquery, not with each element.
        return unseen ? "ANY(CAST((SELECT " + array + ") AS " + elementType + "[]))" : "ANY(" + array + ")";
    }

    /**
     * A statement whose {@code %s} is an {@link #anyOf} of the array parameter {@code :name}, written both ways once,
     * so that a read made at every request does not format its statement again: a constant of the repository, and
     * {@link ArrayStatement#forLength} at each read.
     */
    public static ArrayStatement anyOfIn(String template, String name, String elementType) {
        return new ArrayStatement(template.formatted(anyOf(name, elementType, true)),
                template.formatted(anyOf(name, elementType, false)));
    }

    /** A statement with its array out of the plan's sight, and the same with it in sight ({@link #anyOfIn}). */
    public record ArrayStatement(String unseen, String seen) {

        /** The statement for an array of {@code length} values. */
        public String forLength(int length) {
            return PlanValues.unseen(length) ? unseen : seen;
        }
    }

    /** Whether an array of {@code length} values goes out of the plan's sight: at most a page of them. */
    private static boolean unseen(int length) {
        return length <= Paging.MAX_SIZE;
    }
}
