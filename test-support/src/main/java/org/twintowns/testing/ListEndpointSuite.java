package org.twintowns.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.ProblemType;

/**
 * What a service's main list endpoint answers like every other, and the service's readiness: an
 * unknown id is a 404 problem naming it; a page size above the limit and a sort by a field the list
 * does not offer are 400 problems naming the parameter; readiness reports the database. A service's
 * resource test extends this as a {@code @QuarkusTest}.
 */
public abstract class ListEndpointSuite {

    private final String listPath;
    private final String unsortableField;

    /**
     * @param listPath        the list, whose items are at {@code listPath/{id}}
     * @param unsortableField a field of the items that the list does not sort by
     */
    protected ListEndpointSuite(String listPath, String unsortableField) {
        this.listPath = listPath;
        this.unsortableField = unsortableField;
    }

    @Test
    void shouldAnswerUnknownIdWithNotFoundProblem() {
        UUID id = UUID.randomUUID();
        assertProblem(given().get(listPath + "/" + id).then(), 404)
                .body("type", equalTo(ProblemType.RESOURCE_NOT_FOUND.uri().toString()))
                .body("detail", containsString(id.toString()));
    }

    @Test
    void shouldRejectPageSizeAboveLimit() {
        assertProblem(given().queryParam("size", 1000).get(listPath).then(), 400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldRejectSortingByUnknownField() {
        assertProblem(given().queryParam("sort", unsortableField).get(listPath).then(), 400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", not(emptyOrNullString()));
    }

    @Test
    void shouldReportDatabaseInReadiness() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
