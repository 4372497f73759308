package org.twintowns.commons.persistence;

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
}
