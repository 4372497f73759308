package org.twintowns.partnerships.consistency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.importing.ImportJobClient;
import org.twintowns.testing.NameTags;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** The consistency report finds what contradicts itself or the map. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class ConsistencyReportTest {

    private static final String REPORT = "/api/v1/partnerships/consistency";

    @Inject
    EntityManager em;

    private static String municipality(String name, String country, double lat, double lon) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "%s", "slug": "%s", "kind": "CITY", "country": "%s",
                 "coordinates": {"latitude": %s, "longitude": %s}}"""
                .formatted(name, "c-" + UUID.randomUUID(), country, lat, lon))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldListLikelyDuplicatesUntilOneIsMergedIntoTheOther() {
        String t = NameTags.letters(6);
        String vasteras = municipality("Västerås " + t, "SE", 59.6099, 16.5448);
        String municipalityOf = municipality("Västerås " + t + " Municipality", "SE", 59.62, 16.55);
        // Namesakes far apart, and a district named after its city, are different places.
        municipality("Västerås " + t, "SE", 55.6, 13.0);
        municipality("Landkreis Västerås " + t, "SE", 59.61, 16.54);
        var report = given().get(REPORT).then().statusCode(200).extract().jsonPath();
        List<List<String>> pairs = report.getList("likelyDuplicates.findAll { it.municipality.name.contains('" + t
                + "') }.collect { [it.municipality.id, it.sameAs.id] }");
        assertEquals(1, pairs.size(), report.prettify());
        assertEquals(java.util.Set.of(vasteras, municipalityOf), java.util.Set.copyOf(pairs.get(0)));
        assertTrue(report.getString("likelyDuplicates.find { it.municipality.name.contains('" + t + "') }.reason")
                .contains("km apart"));

        String etag = given().get("/api/v1/municipalities/" + municipalityOf).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"into\": \"%s\", \"on\": \"2024-01-01\"}".formatted(vasteras))
                .post("/api/v1/municipalities/" + municipalityOf + "/merge").then().statusCode(200);
        given().get(REPORT).then().statusCode(200)
                .body("likelyDuplicates.municipality.id", not(hasItem(municipalityOf)))
                .body("likelyDuplicates.sameAs.id", not(hasItem(municipalityOf)));
    }

    @Test
    void shouldReportMunicipalityPlacedOutsideItsCountry() {
        // Paris, with the coordinates of Berlin.
        String misplaced = municipality("Paris " + UUID.randomUUID(), "FR", 52.52, 13.405);
        String placed = municipality("Lyon " + UUID.randomUUID(), "FR", 45.764, 4.8357);
        given().get(REPORT).then().statusCode(200)
                .body("coordinatesOutsideCountry.municipality.id", hasItem(misplaced))
                .body("coordinatesOutsideCountry.municipality.id", not(hasItem(placed)));
    }

    @Test
    void shouldReportPairListedFromOneGermanSideOnly() throws IOException {
        ImportJobClient.succeeded(given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../data/destatis-gemeindeverzeichnis-2020.csv"))),
                "/api/v1/imports/destatis-municipalities");
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/import/wikidata-sample.tsv")) {
            sample = in.readAllBytes();
        }
        ImportJobClient.succeeded(given().auth().oauth2(TestTokens.admin())
                .contentType("text/tab-separated-values; charset=UTF-8").body(sample),
                "/api/v1/imports/wikidata-twinnings");
        // Görlitz lists Selfkant, Selfkant does not list Görlitz; Seesen and Thale list each other.
        given().get(REPORT).then().statusCode(200)
                .body("oneSidedPairs.find { it.listedBy.name == 'Görlitz' }.notListedBy.name", equalTo("Selfkant"))
                .body("oneSidedPairs.listedBy.name", not(hasItem("Seesen")))
                .body("oneSidedPairs.listedBy.name", not(hasItem("Thale")));
    }

    @Test
    void shouldReportStatusTheHistoryDoesNotLeadTo() {
        String a = municipality("Anfang " + UUID.randomUUID(), "DE", 50.9, 11.6);
        String b = municipality("Ende " + UUID.randomUUID(), "PL", 52.2, 21.0);
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"type": "TWINNING", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "establishedOn": "1990-05-01", "sourceName": "test"}""".formatted(a, b))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
        given().get(REPORT).then().body("historyContradictions.partnershipId", not(hasItem(id)));

        corruptStatus(UUID.fromString(id));
        given().get(REPORT).then()
                .body("historyContradictions.find { it.partnershipId == '%s' }.derivedStatus".formatted(id),
                        equalTo("ACTIVE"));
    }

    /** Only a bug or a hand-made database change can do this; the API cannot. */
    @Transactional
    void corruptStatus(UUID id) {
        em.createNativeQuery("update partnership set status = 'ENDED' where id = :id").setParameter("id", id)
                .executeUpdate();
    }
}
