package org.twintowns.partnerships.municipality;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.twintowns.testing.ListEndpointSuite.SyncFixture;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sync.SyncWalk;
import org.twintowns.testing.sync.Touch;

/** The lists of partnerships-service, each with three new items, for the sync properties of ListEndpointSuite. */
final class SyncFixtures {

    private SyncFixtures() {
    }

    static SyncFixture of(String operationId, DataSource database) {
        return switch (operationId) {
            case "listMunicipalities" -> {
                String country = "DE";
                for (int i = 0; i < 3; i++) {
                    municipality(country);
                }
                yield SyncFixture.of("/api/v1/municipalities", Touch.row(database, "municipality", "id", true))
                        .withQuery(Map.of("country", country));
            }
            case "listPartnerships" -> {
                String hub = hubWithThreePartners();
                yield SyncFixture.of("/api/v1/partnerships", Touch.row(database, "partnership", "id", true))
                        .withQuery(Map.of("municipality", hub));
            }
            case "listMunicipalityPartners" -> SyncFixture.of(
                            "/api/v1/municipalities/" + hubWithThreePartners() + "/partners",
                            Touch.row(database, "partnership", "partnershipId", true))
                    .withKey("partnershipId", "municipalityId");
            case "listImportJobs" -> {
                for (int i = 0; i < 3; i++) {
                    importJob(database);
                }
                yield SyncFixture.of("/api/v1/imports/jobs", Touch.row(database, "import_job", "id", false))
                        .withRequest(() -> given().auth().oauth2(TestTokens.admin()));
            }
            default -> throw new AssertionError("No sync fixture for the list " + operationId);
        };
    }

    private static String municipality(String country) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "Sync %1$s", "slug": "sync-%1$s", "kind": "CITY", "country": "%2$s",
                         "otherNames": [{"name": "Synk %1$s", "language": "en", "kind": "TRANSLITERATION"},
                                        {"name": "Sünk %1$s", "language": "de", "kind": "EXONYM"}]}"""
                        .formatted(suffix, country))
                .post("/api/v1/municipalities")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A municipality in three partnerships, one with each of three others. */
    private static String hubWithThreePartners() {
        String hub = municipality("DE");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("""
                            {"type": "TWINNING", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                             "sourceName": "Test fixture"}""".formatted(hub, municipality("PL")))
                    .post("/api/v1/partnerships")
                    .then().statusCode(201);
        }
        return hub;
    }

    /** An ended job, as the worker leaves one: written straight, so that no worker changes it meanwhile. */
    private static void importJob(DataSource database) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO import_job (id, source, dry_run, "
                        + "state, created_at, updated_at, started_at, finished_at) VALUES (?, 'sync-test', true, "
                        + "'FAILED', ?, ?, ?, ?)")) {
            var now = SyncWalk.now();
            insert.setObject(1, UUID.randomUUID());
            for (int i = 2; i <= 5; i++) {
                insert.setObject(i, now);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
