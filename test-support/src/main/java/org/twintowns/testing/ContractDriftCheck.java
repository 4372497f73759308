package org.twintowns.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Holds a service to its committed OpenAPI contract ({@code contracts/<module>.yaml} at the top of
 * the repository): the build fails when what the service serves at {@code /q/openapi} differs.
 * To change the contract on purpose: {@code ./mvnw verify -Dcontracts.update=true}, then review
 * and commit the diff of {@code contracts/}.
 *
 * <p>The application as built serves the committed contract itself (api-commons' {@code ServiceContractRoutes}:
 * the YAML as it is, and JSON that openapi-merge writes from it); Quarkus's OpenAPI extension, a test dependency of
 * each service, generates the document from the code here. So this check is what makes the served document the
 * code's, and the second one holds the JSON form to the one the extension writes.
 *
 * <p>Extend it in a {@code @QuarkusTest} class of the service.
 */
public abstract class ContractDriftCheck {

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        String module = module();
        Path committed = committed(module);
        String served = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("contracts.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served);
            return;
        }
        if (!Files.exists(committed)) {
            fail("No committed contract " + committed.normalize() + ": run ./mvnw verify -Dcontracts.update=true");
        }
        String expected = Files.readString(committed);
        if (!expected.equals(served)) {
            fail("The OpenAPI served by " + module + " differs from " + committed.normalize()
                    + " (first difference at line " + firstDifference(expected, served) + "). If the change is "
                    + "intended, run ./mvnw verify -Dcontracts.update=true and commit the contract.");
        }
    }

    /** The committed YAML read as a document is what the extension serves as JSON: the JSON form says the same. */
    @Test
    void shouldSayInJsonWhatTheCommittedYamlSays() throws IOException {
        if (Boolean.getBoolean("contracts.update")) {
            // The other check is rewriting the contract from what is served; the next run compares.
            return;
        }
        String module = module();
        JsonNode committed = new YAMLMapper().readTree(committed(module).toFile());
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertEquals(served, committed, "the committed contract of " + module
                + ", read as YAML, differs from the JSON the service generates");
    }

    private static String module() {
        return System.getProperty("tt.test.database", "service");
    }

    /** {@code contracts/<module>.yaml} at the top of the repository. */
    private static Path committed(String module) {
        return Path.of("..", "contracts", module + ".yaml");
    }

    private static int firstDifference(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            if (!left[i].equals(right[i])) {
                return i + 1;
            }
        }
        return Math.min(left.length, right.length) + 1;
    }
}
