package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The participants' places (their municipalities' country and state) and names, which PostgreSQL copies onto each
 * participant row (migrations V11 and V18) and gathers onto the partnership's row for the place filters (V12): right
 * whenever a participant is written, following a municipality that moves or is renamed, and never a change of the
 * partnership itself.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class ParticipantPlaceTest {

    private static final String MUNICIPALITIES = "/api/v1/municipalities";

    @Inject
    DataSource database;

    @Test
    void shouldCopyTheMunicipalitysPlaceOntoEveryParticipantWritten() throws SQLException {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String lviv = municipality("Lviv", "UA", null);
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String id = partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, lviv);
        assertEquals(List.of(jena + " DE DE-TH Jena", lviv + " UA null Lviv"), places(id));
        assertEquals("{DE,UA} {DE-TH}", gathered(id));

        // A new set of participants: Hibernate rewrites the rows by position.
        ExtractableResponse<Response> read = given().get(PARTNERSHIPS + "/" + id).then().statusCode(200).extract();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", read.header("ETag"))
                .body("""
                        {"type": "FRIENDSHIP", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                         "topics": ["%s"], "sourceName": "Test fixture"}""".formatted(kassel, lviv, topic))
                .put(PARTNERSHIPS + "/" + id).then().statusCode(200);
        assertEquals(List.of(kassel + " DE DE-HE Kassel", lviv + " UA null Lviv"), places(id));
        assertEquals("{DE,UA} {DE-HE}", gathered(id));
        given().accept(ContentType.JSON).queryParam("topic", topic).queryParam("state", "DE-HE").get(PARTNERSHIPS)
                .then().body("items.id", contains(id)).body("items[0].participants.name", contains("Kassel", "Lviv"));
        given().accept(ContentType.JSON).queryParam("topic", topic).queryParam("state", "DE-TH").get(PARTNERSHIPS)
                .then().body("items", hasSize(0));
    }

    @Test
    void shouldMoveTheParticipantsOfAMunicipalityThatMovesWithoutChangingTheirPartnerships() throws SQLException {
        Twinned t = twinnedWithLviv("Grenzdorf");

        replaceMunicipality(t.town(), "Grenzdorf", "DE-HE");

        assertEquals(List.of(t.town() + " DE DE-HE Grenzdorf", t.lviv() + " UA null Lviv"), places(t.id()));
        assertEquals("{DE,UA} {DE-HE}", gathered(t.id()));
        given().accept(ContentType.JSON).queryParam("topic", t.topic()).queryParam("state", "DE-HE").get(PARTNERSHIPS)
                .then().body("items.id", contains(t.id())).body("totalItems", org.hamcrest.Matchers.equalTo(1));
        given().accept(ContentType.JSON).queryParam("topic", t.topic()).queryParam("state", "DE-TH").get(PARTNERSHIPS)
                .then().body("items", hasSize(0));
        assertPartnershipUnchanged(t);
    }

    /**
     * A municipality renamed: its participants take the new name, which every read of their partnerships shows (GET
     * by id, a list, a list in another language where it has no name of its own), and the partnerships themselves do
     * not change, as when it moves.
     */
    @Test
    void shouldRenameTheParticipantsOfARenamedMunicipalityWithoutChangingTheirPartnerships() throws SQLException {
        Twinned t = twinnedWithLviv("Altname");

        replaceMunicipality(t.town(), "Neuname", "DE-TH");

        assertEquals(List.of(t.town() + " DE DE-TH Neuname", t.lviv() + " UA null Lviv"), places(t.id()));
        given().get(PARTNERSHIPS + "/" + t.id()).then().statusCode(200)
                .body("participants.name", contains("Neuname", "Lviv"))
                .body("participants.displayName", contains("Neuname", "Lviv"));
        given().accept(ContentType.JSON).queryParam("topic", t.topic()).queryParam("lang", "fr").get(PARTNERSHIPS)
                .then().statusCode(200).body("items.id", contains(t.id()))
                .body("items[0].participants.name", contains("Neuname", "Lviv"))
                .body("items[0].participants.displayName", contains("Neuname", "Lviv"));
        assertPartnershipUnchanged(t);
    }

    /**
     * A participant written while its municipality moves and is renamed, the participant's transaction first: the
     * move waits for it (the trigger's FOR UPDATE against the participant's FOR KEY SHARE), then moves and renames it
     * too.
     */
    @Test
    void shouldMoveAParticipantWrittenWhileItsMunicipalityMoves() throws Exception {
        Fixture f = fixture();
        try (Connection writer = database.getConnection()) {
            writer.setAutoCommit(false);
            addParticipant(writer, f);
            Future<?> move = background(() -> execute(
                    "UPDATE municipality SET subdivision = 'DE-HE', name = 'Wechselburg (Hessen)' WHERE id = ?", f.town()));
            // Time for the move to reach the lock; were there none, it would have committed by now.
            Thread.sleep(300);
            writer.commit();
            move.get(1, TimeUnit.MINUTES);
            assertEquals(List.of(f.town() + " DE DE-HE Wechselburg (Hessen)"),
                    places(f.partnership().toString()).subList(2, 3));
            assertEquals("{DE,PL,PL} {DE-HE}", gathered(f.partnership().toString()));
        } finally {
            execute("DELETE FROM partnership WHERE id = ?", f.partnership());
        }
    }

    /**
     * The other way round, the move's transaction first: the participant waits for it to commit (FOR KEY
     * SHARE against FOR UPDATE), then takes the new place and name.
     */
    @Test
    void shouldGiveTheNewPlaceToAParticipantWrittenWhileItsMunicipalityMoves() throws Exception {
        Fixture f = fixture();
        try (Connection mover = database.getConnection()) {
            mover.setAutoCommit(false);
            try (PreparedStatement s = mover.prepareStatement(
                    "UPDATE municipality SET subdivision = 'DE-HE', name = 'Wechselburg (Hessen)' WHERE id = ?")) {
                s.setObject(1, f.town());
                s.executeUpdate();
            }
            Future<?> write = background(() -> {
                try (Connection writer = database.getConnection()) {
                    addParticipant(writer, f);
                }
            });
            Thread.sleep(300);
            mover.commit();
            write.get(1, TimeUnit.MINUTES);
            assertEquals(List.of(f.town() + " DE DE-HE Wechselburg (Hessen)"),
                    places(f.partnership().toString()).subList(2, 3));
            assertEquals("{DE,PL,PL} {DE-HE}", gathered(f.partnership().toString()));
        } finally {
            execute("DELETE FROM partnership WHERE id = ?", f.partnership());
        }
    }

    /** A partnership with a topic of its own between a Thuringian town and Lviv, as its GET by id read it. */
    private record Twinned(String topic, String town, String lviv, String id, ExtractableResponse<Response> before) {
    }

    private static Twinned twinnedWithLviv(String townName) {
        String topic = uniqueTopic();
        String town = municipality(townName, "DE", "DE-TH");
        String lviv = municipality("Lviv", "UA", null);
        String id = partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", town, lviv);
        return new Twinned(topic, town, lviv, id,
                given().get(PARTNERSHIPS + "/" + id).then().statusCode(200).extract());
    }

    /** The partnership itself did not change: the same version, the same time of its last change. */
    private static void assertPartnershipUnchanged(Twinned t) {
        ExtractableResponse<Response> after = given().get(PARTNERSHIPS + "/" + t.id()).then().statusCode(200).extract();
        assertEquals(t.before().header("ETag"), after.header("ETag"));
        assertEquals(t.before().path("updatedAt").toString(), after.path("updatedAt").toString());
    }

    /** Replaces the German municipality {@code id} through the API, with this name and state. */
    private static void replaceMunicipality(String id, String name, String subdivision) {
        ExtractableResponse<Response> municipality = given().get(MUNICIPALITIES + "/" + id).then().statusCode(200)
                .extract();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", municipality.header("ETag"))
                .body("""
                        {"name": "%s", "slug": "%s", "kind": "CITY", "country": "DE", "subdivision": "%s"}"""
                        .formatted(name, municipality.path("slug").toString(), subdivision))
                .put(MUNICIPALITIES + "/" + id).then().statusCode(200);
    }

    /** A partnership of two Polish towns, and a Thuringian town about to join it by SQL. */
    private record Fixture(UUID partnership, UUID town) {
    }

    private static Fixture fixture() {
        UUID town = UUID.fromString(municipality("Wechselburg", "DE", "DE-TH"));
        UUID partnership = UUID.fromString(partnership("FRIENDSHIP", "", municipality("Opole", "PL", null),
                municipality("Nysa", "PL", null)));
        return new Fixture(partnership, town);
    }

    private static void addParticipant(Connection c, Fixture f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO partnership_participant (partnership_id, municipality_id, position, role)
                VALUES (?, ?, 2, 'OBSERVER')""")) {
            s.setObject(1, f.partnership());
            s.setObject(2, f.town());
            s.executeUpdate();
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static Future<?> background(SqlWork work) {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<?> done = thread.submit(() -> {
            work.run();
            return null;
        });
        thread.shutdown();
        return done;
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void shouldRefuseAParticipantOfNoMunicipalityAsTheForeignKeyWould() throws SQLException {
        String id = partnership("FRIENDSHIP", "", municipality("Jena", "DE", "DE-TH"), municipality("Lviv", "UA", null));
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO partnership_participant (partnership_id, municipality_id, position, role)
                VALUES (?, ?, 2, 'PARTNER')""")) {
            s.setObject(1, UUID.fromString(id));
            s.setObject(2, UUID.randomUUID());
            SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
            assertEquals("23503", refused.getSQLState(), refused.getMessage());
        }
    }

    /**
     * Two German participants and one: country=DE&partnerCountry=DE is a partnership with two of them, told
     * apart by the countries the partnership holds once per participant ({DE,DE}); a participant that leaves
     * takes its entry with it.
     */
    @Test
    void shouldHoldACountryOncePerParticipantSoThatAPairOfOneCountryNeedsTwo() throws SQLException {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String erfurt = municipality("Erfurt", "DE", "DE-TH");
        String lviv = municipality("Lviv", "UA", null);
        String both = partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, erfurt);
        String one = partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, lviv);
        assertEquals("{DE,DE} {DE-TH}", gathered(both));
        given().accept(ContentType.JSON).queryParam("topic", topic).queryParam("country", "DE")
                .queryParam("partnerCountry", "DE").get(PARTNERSHIPS).then().body("items.id", contains(both));
        given().accept(ContentType.JSON).queryParam("topic", topic).queryParam("country", "UA")
                .queryParam("partnerCountry", "DE").get(PARTNERSHIPS).then().body("items.id", contains(one));

        execute("DELETE FROM partnership_participant WHERE partnership_id = ? AND municipality_id = ?",
                UUID.fromString(both), UUID.fromString(erfurt));
        assertEquals("{DE} {DE-TH}", gathered(both));
        given().accept(ContentType.JSON).queryParam("topic", topic).queryParam("country", "DE")
                .queryParam("partnerCountry", "DE").get(PARTNERSHIPS).then().body("items", hasSize(0));
    }

    /**
     * Every partnership the module's tests have written so far (imports, merges, edits, deletions of
     * participants, the fixtures above) holds exactly its participants' places: the property the place
     * filters rest on, over whatever this run has written, not over one example.
     */
    @Test
    void shouldGatherOnEveryPartnershipExactlyThePlacesOfItsParticipants() throws SQLException {
        partnership("FRIENDSHIP", "", municipality("Jena", "DE", "DE-TH"), municipality("Lviv", "UA", null));
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT p.id, p.participant_countries, p.participant_subdivisions, places.countries, places.subdivisions
                FROM partnership p
                LEFT JOIN (SELECT pp.partnership_id,
                                  array_agg(pp.country_code::text ORDER BY pp.country_code) AS countries,
                                  coalesce(array_agg(DISTINCT pp.subdivision::text)
                                           FILTER (WHERE pp.subdivision IS NOT NULL), '{}') AS subdivisions
                           FROM partnership_participant pp GROUP BY pp.partnership_id) places
                  ON places.partnership_id = p.id
                WHERE p.participant_countries IS DISTINCT FROM coalesce(places.countries, '{}')
                   OR p.participant_subdivisions IS DISTINCT FROM coalesce(places.subdivisions, '{}')""");
             ResultSet r = s.executeQuery()) {
            List<String> wrong = new ArrayList<>();
            while (r.next()) {
                wrong.add(r.getString(1) + " holds " + r.getString(2) + " " + r.getString(3) + ", its participants "
                        + r.getString(4) + " " + r.getString(5));
            }
            assertEquals(List.of(), wrong);
        }
    }

    /**
     * Every participant row the module's tests have written so far (imports, merges, moves, renames, the fixtures
     * above) holds exactly its municipality's country, state and name: what every read of a partnership shows of
     * its participants (V18), over whatever this run has written, not over one example.
     */
    @Test
    void shouldCopyOntoEveryParticipantExactlyItsMunicipalitysPlaceAndName() throws SQLException {
        partnership("FRIENDSHIP", "", municipality("Jena", "DE", "DE-TH"), municipality("Lviv", "UA", null));
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT pp.partnership_id, pp.municipality_id, pp.country_code, pp.subdivision, pp.municipality_name,
                       m.country_code, m.subdivision, m.name
                FROM partnership_participant pp JOIN municipality m ON m.id = pp.municipality_id
                WHERE (pp.country_code, pp.subdivision, pp.municipality_name)
                      IS DISTINCT FROM (m.country_code, m.subdivision, m.name)""");
             ResultSet r = s.executeQuery()) {
            List<String> wrong = new ArrayList<>();
            while (r.next()) {
                wrong.add(r.getString(1) + "/" + r.getString(2) + " holds " + r.getString(3) + " " + r.getString(4)
                        + " " + r.getString(5) + ", its municipality " + r.getString(6) + " " + r.getString(7) + " "
                        + r.getString(8));
            }
            assertEquals(List.of(), wrong);
        }
    }

    /**
     * The places' table (V16), which pages of one place read in the order of founding dates, holds for every
     * partnership the module's tests have written so far exactly one row per place on its row, with its founding
     * date: over whatever this run has written (imports, merges, moves, the fixtures above), and after a change of
     * the founding date and of the participants here.
     */
    @Test
    void shouldKeepInThePlacesTableExactlyThePlacesOfEveryPartnership() throws SQLException {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String id = partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"], \"establishedOn\": \"1990-05-01\"",
                jena, municipality("Lviv", "UA", null));
        ExtractableResponse<Response> read = given().get(PARTNERSHIPS + "/" + id).then().statusCode(200).extract();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", read.header("ETag"))
                .body("""
                        {"type": "FRIENDSHIP", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                         "topics": ["%s"], "establishedOn": "1991-10-03", "sourceName": "Test fixture"}"""
                        .formatted(jena, municipality("Kassel", "DE", "DE-HE"), topic))
                .put(PARTNERSHIPS + "/" + id).then().statusCode(200);
        // The founding date alone, in SQL: the service's own write also rewrites the participant rows, whose
        // places then move the partnership's row anyway; the table is PostgreSQL's to keep either way.
        execute("UPDATE partnership SET established_on = DATE '1992-01-01' WHERE id = ?", UUID.fromString(id));
        given().accept(ContentType.JSON).queryParam("state", "DE-HE").queryParam("sort", "-establishedOn")
                .queryParam("size", 100).get(PARTNERSHIPS).then().statusCode(200).body("items.id",
                        org.hamcrest.Matchers.hasItem(id));
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("""
                WITH expected AS (SELECT DISTINCT p.id AS partnership_id, places.place, p.established_on
                                  FROM partnership p,
                                       unnest(p.participant_countries || p.participant_subdivisions) AS places(place))
                SELECT 'missing', * FROM (SELECT * FROM expected
                                          EXCEPT SELECT partnership_id, place, established_on FROM partnership_place) m
                UNION ALL
                SELECT 'extra', * FROM (SELECT partnership_id, place, established_on FROM partnership_place
                                        EXCEPT SELECT * FROM expected) x""");
             ResultSet r = s.executeQuery()) {
            List<String> wrong = new ArrayList<>();
            while (r.next()) {
                wrong.add(r.getString(1) + ": " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
            }
            assertEquals(List.of(), wrong);
        }
    }

    /**
     * "countries states" the partnership's row holds for the place filters, in PostgreSQL's text form. Cast in
     * the statement: the driver gives a text[] column's text form only while it sends the statement unprepared;
     * once prepared on the server (its fifth run on a connection) the array comes in binary, and its getString
     * quotes every element ({"DE","UA"}).
     */
    private String gathered(String partnership) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT participant_countries::text, participant_subdivisions::text FROM partnership WHERE id = ?")) {
            s.setObject(1, UUID.fromString(partnership));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1) + " " + r.getString(2);
            }
        }
    }

    /** "municipality country subdivision name" of each participant row, in the partnership's order. */
    private List<String> places(String partnership) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT municipality_id, country_code, subdivision, municipality_name FROM partnership_participant
                WHERE partnership_id = ? ORDER BY position""")) {
            s.setObject(1, UUID.fromString(partnership));
            List<String> places = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    places.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
                }
            }
            return places;
        }
    }
}
