package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * The operations a client uses beyond create-and-read, each through the gateway, so that their
 * answers are validated against the merged contract too (see ContractValidation): replacing records
 * with If-Match, lifecycles and statuses, series and registrations, revisions, search and feeds,
 * statistics and the admins' report.
 */
@ExtendWith(PlatformExtension.class)
class ContractTourIT {

    private static final String ADMIN = TestTokens.admin();

    private static Response post(String path, String json) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(json).post(path);
    }

    private static Response write(String method, String path, String etag, String json) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(json)
                .request(method, path);
    }

    @Test
    void shouldKeepTheContractAcrossMunicipalitiesAndPartnerships() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String municipality = """
                {"name": "Kassel %s", "slug": "kassel-%s", "kind": "CITY", "country": "DE", "subdivision": "DE-HE",
                 "population": %d, "populationYear": 2022}""";
        Response kassel = post("/api/v1/municipalities", municipality.formatted(tag, tag, 200_000));
        kassel.then().statusCode(201);
        String kasselId = kassel.path("id");
        String urengoy = post("/api/v1/municipalities", """
                {"name": "Новый Уренгой %s", "slug": "novy-urengoy-%s", "kind": "CITY", "country": "RU"}"""
                .formatted(tag, tag)).then().statusCode(201).extract().path("id");
        given().get("/api/v1/municipalities/by-slug/kassel-" + tag).then().statusCode(200).body("id", equalTo(kasselId));
        write("PUT", "/api/v1/municipalities/" + kasselId, kassel.header("ETag"), municipality.formatted(tag, tag, 201_048))
                .then().statusCode(200).body("population", equalTo(201_048));

        Response created = post("/api/v1/partnerships", """
                {"type": "COOPERATION", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "establishedOn": "2005-01-01", "establishedYearOnly": true, "topics": ["summer-school"],
                 "sourceName": "Stadt Kassel"}""".formatted(kasselId, urengoy));
        created.then().statusCode(201);
        String partnership = created.path("id");
        Response updated = write("PUT", "/api/v1/partnerships/" + partnership, created.header("ETag"), """
                {"type": "COOPERATION", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "topics": ["summer-school", "civic-participation"], "sourceName": "Stadt Kassel",
                 "notes": "Founded by the city, the university and a company."}""".formatted(kasselId, urengoy));
        updated.then().statusCode(200);
        write("POST", "/api/v1/partnerships/" + partnership + "/lifecycle", updated.header("ETag"), """
                {"kind": "SUSPENDED", "occurredOn": "%s", "reason": "War of aggression against Ukraine"}"""
                .formatted(LocalDate.now().minusDays(1)))
                .then().statusCode(201).body("status", equalTo("SUSPENDED"));

        given().get("/api/v1/municipalities/" + kasselId + "/partners").then().statusCode(200)
                .body("items.partnershipId", hasItem(partnership));
        given().queryParam("country", "DE").get("/api/v1/partnerships/statistics").then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/v1/partnerships/consistency").then().statusCode(200);
    }

    @Test
    void shouldKeepTheContractAcrossSeriesEventsAndRegistrations() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String kassel = post("/api/v1/municipalities", """
                {"name": "Kassel %s", "kind": "CITY", "country": "DE"}""".formatted(tag))
                .then().statusCode(201).extract().path("id");
        String series = post("/api/v1/events/series", """
                {"name": {"en": "Summer school %s"}}""".formatted(tag)).then().statusCode(201).extract().path("id");
        given().get("/api/v1/events/series").then().statusCode(200);
        given().get("/api/v1/events/series/" + series).then().statusCode(200);

        String event = """
                {"title": {"en": "Summer school %s"}, "kind": "SUMMER_SCHOOL", "attendanceMode": "HYBRID",
                 "venue": "Rathaus Kassel", "joinUrl": "https://meet.example.org/%s",
                 "startsAt": "2031-11-15T09:00:00+01:00", "endsAt": "2031-11-18T17:00:00+01:00",
                 "timeZone": "Europe/Berlin", "organizers": ["%s"], "seriesId": "%s",
                 "registration": {"open": true, "capacity": %d}}""";
        Response created = post("/api/v1/events", event.formatted(tag, tag, kassel, series, 1));
        created.then().statusCode(201);
        String id = created.path("id");
        String registrations = "/api/v1/events/" + id + "/registrations";
        Response receipt = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Olena Kovalenko\", \"email\": \"olena@example.org\"}").post(registrations);
        receipt.then().statusCode(201).body("status", equalTo("CONFIRMED"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Ivan Petrenko\", \"email\": \"ivan@example.org\"}")
                .post(registrations).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        given().auth().oauth2(ADMIN).get(registrations).then().statusCode(200);
        given().header("Cancellation-Token", receipt.path("cancellationToken").toString())
                .delete(registrations + "/" + receipt.path("id")).then().statusCode(204);

        Response replaced = write("PUT", "/api/v1/events/" + id, created.header("ETag"),
                event.formatted(tag, tag, kassel, series, 40));
        replaced.then().statusCode(200);
        write("POST", "/api/v1/events/" + id + "/status", replaced.header("ETag"), """
                {"status": "MOVED_ONLINE", "reason": "Travel restrictions"}""")
                .then().statusCode(200).body("status", equalTo("MOVED_ONLINE"));
        given().accept("text/calendar").get("/api/v1/events/" + id).then().statusCode(200)
                .contentType(startsWith("text/calendar"));
    }

    @Test
    void shouldKeepTheContractAcrossNewsRevisionsSearchAndFeeds() {
        String word = "Partnerschaftstreffen" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        String item = """
                {"headline": "%s in Jena", "lead": "%s", "body": "<p>Ein %s mit Brovary.</p>", "language": "de",
                 "status": "PUBLISHED", "issuerName": "Stadt Jena", "topics": ["solidarity"]}""";
        Response created = post("/api/v1/news", item.formatted(word, "Kurz gesagt.", word));
        created.then().statusCode(201);
        String id = created.path("id");
        Response replaced = write("PUT", "/api/v1/news/" + id, created.header("ETag"),
                item.formatted(word, "Kurz und neu gesagt.", word));
        replaced.then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/v1/news/" + id + "/revisions").then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/v1/news/" + id + "/revisions/1").then().statusCode(200);
        given().get("/api/v1/news/" + id + "/media").then().statusCode(200);
        given().queryParam("q", word).get("/api/v1/news/search").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().get("/api/v1/news/feed.rss").then().statusCode(200);
        given().get("/api/v1/news/feed.atom").then().statusCode(200);
        write("POST", "/api/v1/news/" + id + "/status", replaced.header("ETag"), "{\"status\": \"WITHDRAWN\"}")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }
}
