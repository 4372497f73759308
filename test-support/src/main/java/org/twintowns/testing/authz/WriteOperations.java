package org.twintowns.testing.authz;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The write operations a running service documents at {@code /q/openapi}, as
 * {@code "METHOD /path/{param}"}: what an authorization matrix has to cover. Taking them from the
 * service itself means a new write endpoint cannot slip past the matrix.
 */
public final class WriteOperations {

    static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    private WriteOperations() {
    }

    public static SortedSet<String> documented() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        SortedSet<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(WRITE_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }
}
