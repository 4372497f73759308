package org.twintowns.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.twintowns.testing.TestTokens;

/**
 * What the fuzzer finds in the platform before it starts, created through the gateway by an admin:
 * municipalities, a partnership, a series, an event with a registration, a news item with a picture
 * (their ids make requests reach the code behind the first lookup), and items anonymous callers must
 * never see: a draft, an embargoed item, an internal contact, a registrant. {@link #hidden} holds the
 * words and ids that would give those away.
 */
record FuzzFixtures(String editorMunicipality, Map<String, List<String>> readIds, Map<String, List<String>> writeIds,
                    List<String> hidden, byte[] png) {

    static FuzzFixtures seed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] png = picture();
        String m1 = id(post("/api/v1/municipalities", """
                {"name": "Fuzzstadt %s", "slug": "fuzzstadt-%s", "kind": "CITY", "country": "DE"}""".formatted(tag, tag)));
        String m2 = id(post("/api/v1/municipalities", """
                {"name": "Fuzzgrad %s", "kind": "CITY", "country": "UA"}""".formatted(tag)));
        String m3 = id(post("/api/v1/municipalities", """
                {"name": "Fuzzville %s", "kind": "MUNICIPALITY", "country": "FR"}""".formatted(tag)));
        String internalContact = "internal-" + tag + "@contacts.example";
        String partnership = id(post("/api/v1/partnerships", """
                {"type": "COOPERATION", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "sourceName": "fuzz", "contacts": [{"role": "Partnership office", "email": "office-%s@example.org"},
                 {"role": "Mayor's private line", "email": "%s", "municipalityId": "%s", "internal": true}]}"""
                .formatted(m1, m2, tag, internalContact, m1)));
        String series = id(post("/api/v1/events/series", """
                {"name": {"en": "Fuzz series %s"}}""".formatted(tag)));
        String event = id(post("/api/v1/events", """
                {"title": {"en": "Fuzz event %s"}, "kind": "SUMMER_SCHOOL", "attendanceMode": "HYBRID",
                 "venue": "Rathaus", "joinUrl": "https://meet.example.org/%s",
                 "startsAt": "2031-11-15T09:00:00+01:00", "endsAt": "2031-11-18T17:00:00+01:00",
                 "timeZone": "Europe/Berlin", "organizers": ["%s"], "seriesId": "%s",
                 "registration": {"open": true, "capacity": 500}}""".formatted(tag, tag, m1, series)));
        String registrant = "registrant" + tag;
        Response registration = given().contentType(ContentType.JSON).body("""
                {"name": "Olena %s", "email": "%s@people.example"}""".formatted(registrant, registrant))
                .post("/api/v1/events/" + event + "/registrations");
        registration.then().statusCode(201);
        String news = id(post("/api/v1/news", """
                {"headline": "Fuzz news %s", "body": "<p>Fuzz</p>", "language": "de", "status": "PUBLISHED",
                 "issuerMunicipalityId": "%s"}""".formatted(tag, m1)));
        String media = given().auth().oauth2(TestTokens.admin()).multiPart("file", "a.png", png, "image/png")
                .multiPart("credit", "Foto: Fuzz").multiPart("licence", "CC BY 4.0")
                .post("/api/v1/news/" + news + "/media").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String draft = id(post("/api/v1/news", """
                {"headline": "Draftsecret%s", "body": "<p>Draftsecret%s</p>", "language": "de", "status": "DRAFT",
                 "issuerMunicipalityId": "%s"}""".formatted(tag, tag, m1)));
        Response embargoed = post("/api/v1/news", """
                {"headline": "Embargosecret%s", "body": "<p>Embargosecret%s</p>", "language": "de",
                 "issuerMunicipalityId": "%s"}""".formatted(tag, tag, m1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", embargoed.header("ETag"))
                .body("{\"status\": \"SCHEDULED\", \"publishAt\": \"2030-12-01T09:00:00+01:00\"}")
                .post("/api/v1/news/" + id(embargoed) + "/status").then().log().ifValidationFails().statusCode(200);

        // The words the checks look for are really in the hidden items: an editor of their issuer sees them.
        given().auth().oauth2(TestTokens.editorOf(m1)).get("/api/v1/news/" + draft).then().statusCode(200)
                .body("headline", org.hamcrest.Matchers.equalToIgnoringCase("draftsecret" + tag));

        Map<String, List<String>> writable = Map.of(
                "municipality", List.of(m1, m2, m3), "partnership", List.of(partnership), "series", List.of(series),
                "event", List.of(event), "registration", List.of(id(registration)), "news", List.of(news),
                "media", List.of(media));
        Map<String, List<String>> readable = new java.util.HashMap<>(writable);
        readable.put("news", List.of(news, draft, id(embargoed)));
        List<String> hidden = List.of("draftsecret" + tag, "embargosecret" + tag, internalContact, registrant,
                draft, id(embargoed), id(registration), registration.path("cancellationToken").toString());
        return new FuzzFixtures(m1, Map.copyOf(readable), writable,
                hidden.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(), png);
    }

    private static Response post(String path, String json) {
        Response response = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json).post(path);
        response.then().log().ifValidationFails().statusCode(201);
        return response;
    }

    private static String id(Response response) {
        return response.path("id");
    }

    /** A small PNG picture, for uploads. */
    static byte[] picture() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366CC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
