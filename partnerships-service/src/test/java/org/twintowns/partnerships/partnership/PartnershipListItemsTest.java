package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.post;
import static org.twintowns.partnerships.partnership.PartnershipApi.suffix;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sync.SyncWalk;

/**
 * A list shows each partnership byte for byte as its GET by id does, and a GET by id as the answer to a write:
 * lists and GET by id read rows and their collections straight from JDBC (PartnershipRows), writes the entity,
 * and all must make the same JSON whatever the filter, order or language: participants, projects, contacts and history in their positions, topics sorted,
 * internal contacts hidden, amounts with their two decimals, absent nulls, timestamps as Jackson writes them.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipListItemsTest {

    private static String municipalityWithNames(String name, String country, String subdivision, String names) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"name": "%s", "slug": "%s", "kind": "CITY", "country": "%s", "subdivision": "%s",
                         "otherNames": %s}""".formatted(name, "l-" + suffix(), country, subdivision, names))
                .post(PartnershipApi.MUNICIPALITIES).then().statusCode(201).extract().path("id");
    }

    /** Appends the event; the answer, which a write makes from the entity. */
    private static String append(String id, String event) {
        String etag = given().get(PARTNERSHIPS + "/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(event).post(PARTNERSHIPS + "/" + id + "/lifecycle").then().statusCode(201).extract().asString();
    }

    /** GET by id as an admin, who sees what a write's answer shows (internal contacts too). */
    private static String readAsAdmin(String id) {
        return given().auth().oauth2(TestTokens.admin()).accept(ContentType.JSON).get(PARTNERSHIPS + "/" + id)
                .then().statusCode(200).extract().asString();
    }

    @Test
    void shouldShowEveryPartnershipOfAListAsItsGetByIdDoes() {
        String topic = uniqueTopic();
        String jena = municipalityWithNames("Jena", "DE", "DE-TH", """
                [{"name": "Iena", "language": "it", "kind": "EXONYM"}, {"name": "Йена", "language": "uk", "kind": "EXONYM"}]""");
        String brovary = municipalityWithNames("Бровари", "UA", "UA-32", """
                [{"name": "Browary", "language": "de", "kind": "TRANSLITERATION"},
                 {"name": "Brovary", "language": "en", "kind": "TRANSLITERATION"}]""");
        String lugoj = municipality("Lugoj", "RO", "RO-TM");
        String aubervilliers = municipality("Aubervilliers", "FR", "FR-IDF");

        String full = post("""
                {"type": "SOLIDARITY", "title": "Solidarity \\"Jena–Brovary\\" 🤝 %1$s",
                 "participants": [{"municipalityId": "%2$s", "role": "INITIATOR"}, {"municipalityId": "%3$s"},
                                  {"municipalityId": "%4$s", "role": "OBSERVER"}],
                 "establishedOn": "2022-09-28", "topics": ["%1$s", "water", "energy", "culture"],
                 "projects": [{"title": "Water pumps", "description": "Line 1\\nLine 2", "programme": "Nakopa",
                               "funder": "Engagement Global / SKEW", "amount": 48500.5, "currency": "EUR",
                               "startsOn": "2023-01-01", "endsOn": "2024-12-31"},
                              {"title": "Generators", "amount": 0, "currency": "UAH"},
                              {"title": "Exchange of interns"}],
                 "contacts": [{"role": "Partnership office", "email": "partnerschaften@jena.de",
                               "municipalityId": "%2$s"},
                              {"role": "Mayor's office", "phone": "+49 3641 49-0", "internal": true},
                              {"role": "Brovary city council", "url": "https://brovary-rada.gov.ua/?a=1&b=2"}],
                 "notes": "Aid convoys since 2022; <b>not</b> HTML", "sourceName": "Stadt Jena",
                 "sourceUrl": "https://www.jena.de/partnerstaedte", "lastVerifiedOn": "2024-01-15"}"""
                .formatted(topic, jena, brovary, lugoj)).statusCode(201).extract().path("id");
        append(full, """
                {"kind": "COUNCIL_DECISION", "occurredOn": "2023-02-01", "note": "Unanimous"}""");
        String suspended = append(full, """
                {"kind": "SUSPENDED", "occurredOn": "2024-03-01", "reason": "Elections"}""");
        // A write answers from the entity, a GET by id from the rows (PartnershipRows): the same JSON.
        assertEquals(suspended, readAsAdmin(full));
        String created = post("""
                {"type": "TWINNING", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "establishedOn": "1970-01-01", "establishedYearOnly": true, "topics": ["%s"],
                 "sourceName": "Fixture"}""".formatted(jena, aubervilliers, topic)).statusCode(201)
                .extract().asString();
        String bare = JsonPath.from(created).getString("id");
        assertEquals(created, readAsAdmin(bare));
        String undated = post("""
                {"type": "CONTACT", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "topics": ["%s"], "sourceName": "Fixture"}""".formatted(lugoj, brovary, topic)).statusCode(201)
                .extract().path("id");
        String ids = List.of(full, bare, undated).stream().map(id -> "id=" + id).collect(Collectors.joining("&"));
        String ofTopic = "topic=" + topic;

        int compared = 0;
        for (String language : List.of("", "&lang=de", "&lang=en", "&lang=uk", "&lang=it", "&lang=fr")) {
            for (String list : List.of(ids, ofTopic, ofTopic + "&sort=-establishedOn", ofTopic + "&sort=createdAt",
                    ofTopic + "&sort=-updatedAt", ofTopic + "&updatedSince=2020-01-01T00:00:00Z",
                    ofTopic + "&sort=updatedAt", "municipality=" + jena, "municipality=" + brovary + "&size=1",
                    ofTopic + "&country=DE", ofTopic + "&country=DE&partnerCountry=UA", ofTopic + "&state=DE-TH",
                    ofTopic + "&status=SUSPENDED", ofTopic + "&type=TWINNING", ofTopic + "&foundedFrom=2000",
                    ofTopic + "&foundedTo=1999")) {
                String body = SyncWalk.firstListing(PARTNERSHIPS + "?" + list + language);
                for (String id : JsonPath.from(body).<String>getList("items.id")) {
                    String one = given().accept(ContentType.JSON).get(PARTNERSHIPS + "/" + id + language.replace("&", "?"))
                            .then().statusCode(200).extract().asString();
                    assertTrue(body.contains(one), list + language + " shows " + id + " otherwise than GET by id:\n"
                            + one + "\nin\n" + body);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 6 * 16, "compared only " + compared + " items");
        JsonPath listed = given().get(PARTNERSHIPS + "?id=" + full).then().statusCode(200).extract().jsonPath();
        // Every collection in its order, topics sorted, the internal contact hidden, the amounts with two decimals.
        assertEquals(List.of(jena, brovary, lugoj), listed.getList("items[0].participants.municipalityId"));
        assertEquals(List.of("culture", "energy", topic, "water").stream().sorted().toList(),
                listed.getList("items[0].topics"));
        assertEquals(List.of("Water pumps", "Generators", "Exchange of interns"), listed.getList("items[0].projects.title"));
        assertEquals(List.of("Partnership office", "Brovary city council"), listed.getList("items[0].contacts.role"));
        assertEquals(List.of("ESTABLISHED", "COUNCIL_DECISION", "SUSPENDED"), listed.getList("items[0].lifecycle.kind"));
        String raw = given().get(PARTNERSHIPS + "?id=" + full).then().extract().asString();
        assertTrue(raw.contains("\"amount\":48500.50") && raw.contains("\"amount\":0.00"), raw);
    }
}
