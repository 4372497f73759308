package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * The open data of a running platform, fetched through the gateway and read by tools that share no code
 * with what wrote it: the catalogue and every JSON-LD file expanded by the {@code jsonld} npm package (with
 * the schema.org types expected), every GeoJSON file checked by {@code @placemarkio/check-geojson}
 * (RFC 7946), every CSV file read by Python's csv module against its CSV on the Web metadata; every
 * download URL of the catalogue answers.
 */
@ExtendWith(PlatformExtension.class)
class OpenDataExportsIT {

    private static final String ADMIN = TestTokens.admin();
    private static final Path ROOT = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
    private static final String NODE_CHECK = "system-tests/src/test/node/open-data-check.mjs";
    private static final String CONTEXT = "system-tests/src/test/node/schema.org-context.jsonld";
    private static final String SCHEMA = "http://schema.org/";
    /**
     * Listed in the catalogue, built on another branch (events with venue coordinates): the lead takes it
     * out of this set when merging that branch.
     */
    private static String post(String path, String json) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(json).post(path)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldServeExportsThatIndependentToolsRead() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String jena = post("/api/v1/municipalities", """
                {"name": "Jena %s", "kind": "CITY", "country": "DE", "coordinates": {"latitude": 50.93, "longitude": 11.59}}"""
                .formatted(tag));
        String brovary = post("/api/v1/municipalities", """
                {"name": "=Бровари %s", "kind": "MUNICIPALITY", "country": "UA",
                 "coordinates": {"latitude": 50.51, "longitude": 30.79}}""".formatted(tag));
        String partnership = post("/api/v1/partnerships", """
                {"type": "SOLIDARITY", "sourceName": "Stadt Jena, \\"Pressemitteilung\\"",
                 "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}]}""".formatted(jena, brovary));
        String event = post("/api/v1/events", """
                {"title": {"de": "Delegationsbesuch %s"}, "kind": "DELEGATION_VISIT", "attendanceMode": "HYBRID",
                 "venue": "Rathaus Jena", "joinUrl": "https://meet.example.org/%s",
                 "venueCoordinates": {"latitude": 50.9281, "longitude": 11.5888},
                 "venueAddress": {"streetAddress": "Markt 1", "postalCode": "07743", "addressLocality": "Jena",
                                  "addressCountry": "DE"},
                 "startsAt": "2031-12-01T09:00:00+01:00", "endsAt": "2031-12-02T17:00:00+01:00",
                 "timeZone": "Europe/Berlin", "organizers": ["%s"]}""".formatted(tag, tag, jena));
        String news = post("/api/v1/news", """
                {"headline": "Delegation aus Brovary %s", "body": "<p>Rehabilitation.</p>", "language": "de",
                 "status": "PUBLISHED", "issuerMunicipalityId": "%s", "relatedMunicipalityIds": ["%s"]}"""
                .formatted(tag, jena, brovary));

        Path dir = Files.createTempDirectory("twintowns-open-data");
        Path catalog = dir.resolve("catalog.jsonld");
        Files.write(catalog, given().get("/api/v1/catalog").then().statusCode(200)
                .contentType("application/ld+json").extract().asByteArray());
        List<String> downloads = run(List.of("node", NODE_CHECK, "catalog", catalog.toString())).stream()
                .filter(l -> l.startsWith("download: ")).map(l -> l.substring("download: ".length())).toList();
        assertEquals(11, downloads.size(), "every file of every dataset: " + downloads);

        int checked = 0;
        for (String url : downloads) {
            String path = url.substring(url.indexOf("/api/v1/"));
            Response answer = given().get(path);
            answer.then().statusCode(200);
            Path file = dir.resolve(path.substring(path.lastIndexOf('/') + 1));
            Files.write(file, answer.asByteArray());
            String name = file.getFileName().toString();
            String dataset = name.substring(0, name.indexOf('.'));
            if (name.endsWith(".csv")) {
                Path metadata = dir.resolve(name + "-metadata.json");
                Files.write(metadata, given().get(path + "-metadata.json").then().statusCode(200).extract()
                        .asByteArray());
                List<String> ids = switch (dataset) {
                    case "municipalities" -> List.of(jena, brovary);
                    case "partnerships" -> List.of(partnership);
                    case "events" -> List.of(event);
                    default -> List.of(news);
                };
                List<String> command = new ArrayList<>(List.of(System.getProperty("python", "/usr/bin/python3"),
                        "system-tests/src/test/python/open_data_csv.py", file.toString(), metadata.toString()));
                command.addAll(ids);
                run(command);
            } else if (name.endsWith(".geojson")) {
                List<String> out = run(List.of("node", NODE_CHECK, "geojson", file.toString()));
                assertTrue(out.stream().anyMatch(l -> l.startsWith("features: ")), String.join("\n", out));
            } else {
                String type = switch (dataset) {
                    case "municipalities" -> "City";
                    case "partnerships" -> "Dataset";
                    case "events" -> "Event";
                    default -> "NewsArticle";
                };
                run(List.of("node", NODE_CHECK, "jsonld", file.toString(), CONTEXT, SCHEMA + "Dataset",
                        SCHEMA + type));
            }
            checked++;
        }
        assertEquals(downloads.size(), checked);

        // One resource each, as a web page embeds it.
        for (String[] one : new String[][] {{"/api/v1/municipalities/" + jena, "City"},
                {"/api/v1/events/" + event, "Event"}, {"/api/v1/news/" + news, "NewsArticle"}}) {
            Path file = dir.resolve("one.jsonld");
            Files.write(file, given().accept("application/ld+json").get(one[0]).then().statusCode(200)
                    .contentType("application/ld+json").extract().asByteArray());
            run(List.of("node", NODE_CHECK, "jsonld", file.toString(), CONTEXT, SCHEMA + one[1]));
        }
    }

    /** Runs a checker from the repository's root; a failure shows its output. */
    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(output);
        assertEquals(0, process.exitValue(), command + " (node_modules installed? bin/node-tool installs it):\n"
                + output);
        return output.lines().toList();
    }
}
