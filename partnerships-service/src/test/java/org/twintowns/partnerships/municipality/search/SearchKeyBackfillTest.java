package org.twintowns.partnerships.municipality.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * Issue 21: start-up does not fold every name again. With the stored folding current, bringing the
 * keys up to date changes nothing; when the stored folding differs (an older release), every stale key
 * is re-keyed once and the folding recorded, and name search finds the row again.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class SearchKeyBackfillTest {

    @Inject
    SearchKeyBackfill backfill;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRekeyStaleNamesOnlyWhenTheFoldingChanged() throws SQLException {
        String country = "MT";
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"name": "Łódź Backfill", "slug": "s-%s", "kind": "CITY", "country": "%s"}"""
                        .formatted(UUID.randomUUID(), country))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().call(backfill::bringUpToDate);

        // Keys made by an older folding: the row is stale and search no longer finds it.
        update("update municipality set search_key = 'stale' where id = '" + id + "'");
        assertEquals(0, QuarkusTransaction.requiringNew().call(backfill::bringUpToDate),
                "with the folding unchanged, no name is read or re-keyed");
        update("update search_key_folding set fingerprint = '0:older'");

        int changed = QuarkusTransaction.requiringNew().call(backfill::bringUpToDate);

        assertTrue(changed >= 1, "the stale key is re-keyed");
        assertEquals(SearchKeys.of("Łódź Backfill"), query("select search_key from municipality where id = '" + id + "'"));
        assertEquals(SearchKeyBackfill.fingerprint(), query("select fingerprint from search_key_folding"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(backfill::bringUpToDate));
        given().queryParam("q", "Lodz Backfill").queryParam("country", country).get("/api/v1/municipalities")
                .then().statusCode(200).body("items[0].id", org.hamcrest.Matchers.equalTo(id));
    }

    private void update(String sql) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}
