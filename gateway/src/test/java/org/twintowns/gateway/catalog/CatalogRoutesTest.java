package org.twintowns.gateway.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.export.Dataset;
import org.twintowns.commons.export.Datasets;
import org.twintowns.gateway.proxy.RouteTable;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

/**
 * The DCAT-AP.de catalogue: every exported dataset and file, each download URL under the gateway's
 * address and routed to a service, DCAT-AP.de licence URIs, cached and revalidated; read with Groovy's JSON.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class CatalogRoutesTest {

    @Inject
    RouteTable routes;

    @Test
    @SuppressWarnings("unchecked")
    void shouldListEveryDatasetAndFileWithItsLicence() {
        JsonPath catalog = given().get("/api/v1/catalog").then().statusCode(200)
                .contentType("application/ld+json").header("Cache-Control", "public, max-age=300, stale-while-revalidate=3600")
                .extract().jsonPath();
        assertEquals("dcat:Catalog", catalog.getString("'@type'"));
        assertEquals("http://dcat-ap.de/def/dcatde/", catalog.getString("'@context'.dcatde"));
        List<Map<String, Object>> datasets = catalog.getList("'dcat:dataset'");
        assertEquals(Datasets.ALL.stream().map(Dataset::id).toList(),
                datasets.stream().map(d -> d.get("dct:identifier")).toList());
        int files = 0;
        for (Map<String, Object> dataset : datasets) {
            for (Map<String, Object> file : (List<Map<String, Object>>) dataset.get("dcat:distribution")) {
                String url = ((Map<String, String>) file.get("dcat:downloadURL")).get("@id");
                assertTrue(url.matches("http://[^/]+/api/v1/exports/[a-z]+\\.(csv|geojson|jsonld)"), url);
                String path = url.substring(url.indexOf("/api/"));
                assertTrue(routes.match(path).isPresent(), path + " is routed to a service");
                assertTrue(((Map<String, String>) file.get("dct:license")).get("@id")
                        .startsWith("http://dcat-ap.de/def/licenses/"));
                assertTrue(((String) file.get("dcatde:licenseAttributionByText")).length() > 5);
                files++;
            }
        }
        assertEquals(11, files);
        assertEquals("http://dcat-ap.de/def/licenses/cc-by-sa/4.0",
                catalog.getString("'dcat:dataset'.find { it.'dct:identifier' == 'partnerships' }"
                        + ".'dcat:distribution'[0].'dct:license'.'@id'"));
        assertEquals("http://dcat-ap.de/def/licenses/dl-by-de/2.0",
                catalog.getString("'dcat:dataset'.find { it.'dct:identifier' == 'municipalities' }"
                        + ".'dcat:distribution'[0].'dct:license'.'@id'"));
    }

    @Test
    void shouldRevalidateAndRefuseParameters() {
        String etag = given().get("/api/v1/catalog").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/catalog").then().statusCode(304)
                .header("ETag", equalTo(etag));
        assertProblem(given().queryParam("format", "xml").get("/api/v1/catalog").then(), 400);
    }
}
