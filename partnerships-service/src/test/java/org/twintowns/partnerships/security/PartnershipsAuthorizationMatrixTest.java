package org.twintowns.partnerships.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.twintowns.partnerships.importing.ImportJobClient;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.authz.AuthorizationMatrix;
import org.twintowns.testing.authz.AuthorizationMatrixSuite;
import org.twintowns.testing.authz.WriteTarget;

/**
 * Who may write what in the partnership registry, straight at the service (no gateway in front):
 * municipalities are registered and merged by admins, changed by admins or their own editors;
 * partnerships are written by admins or editors of a participant, before and after the change;
 * imports are for admins (an admin's import is queued, 202, and the probes wait for it to end).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipsAuthorizationMatrixTest extends AuthorizationMatrixSuite {

    private static final String MULTIPART_BOUNDARY = "twintowns-matrix-boundary";
    private static final String MUNICIPALITIES = "/api/v1/municipalities";
    private static final String PARTNERSHIPS = "/api/v1/partnerships";

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .admin("POST /api/v1/municipalities", () -> {
                String name = "Neustadt " + marker();
                return WriteTarget.post(MUNICIPALITIES).body(municipalityJson(name))
                        .state(() -> count(MUNICIPALITIES + "?name=" + name));
            })
            .owner("PUT /api/v1/municipalities/{id}", () -> {
                String id = municipality();
                return WriteTarget.put(MUNICIPALITIES + "/" + id).header("If-Match", etag(MUNICIPALITIES, id))
                        .body(municipalityJson("Umbenannt " + marker())).ownedBy(id)
                        .state(() -> snapshot(MUNICIPALITIES, id));
            })
            .admin("POST /api/v1/municipalities/{id}/merge", () -> {
                String merged = municipality();
                String successor = municipality();
                return WriteTarget.post(MUNICIPALITIES + "/" + merged + "/merge")
                        .header("If-Match", etag(MUNICIPALITIES, merged))
                        .body("{\"into\": \"" + successor + "\", \"on\": \"2020-01-01\"}").ownedBy(merged, successor)
                        .state(() -> snapshot(MUNICIPALITIES, merged));
            })
            .owner("POST /api/v1/partnerships", () -> {
                String jena = municipality();
                String brovary = municipality();
                return WriteTarget.post(PARTNERSHIPS).body(partnershipJson(jena, brovary)).ownedBy(jena)
                        .state(() -> count(PARTNERSHIPS + "?municipality=" + jena));
            })
            .owner("PUT /api/v1/partnerships/{id}", () -> {
                String jena = municipality();
                String brovary = municipality();
                String boryspil = municipality();
                String id = partnership(jena, brovary);
                return WriteTarget.put(PARTNERSHIPS + "/" + id).header("If-Match", etag(PARTNERSHIPS, id))
                        .body(partnershipJson(jena, brovary, boryspil)).ownedBy(jena)
                        // Jena's editor may not hand the partnership over to Brovary and Boryspil alone.
                        .escapingWith(partnershipJson(brovary, boryspil))
                        .state(() -> snapshot(PARTNERSHIPS, id));
            })
            .owner("POST /api/v1/partnerships/{id}/lifecycle", () -> {
                String kassel = municipality();
                String urengoy = municipality();
                String id = partnership(kassel, urengoy);
                return WriteTarget.post(PARTNERSHIPS + "/" + id + "/lifecycle").header("If-Match", etag(PARTNERSHIPS, id))
                        .body("{\"kind\": \"SUSPENDED\", \"occurredOn\": \"2022-03-01\", \"reason\": \"War\"}")
                        .ownedBy(kassel).state(() -> snapshot(PARTNERSHIPS, id));
            })
            .admin("POST /api/v1/imports/destatis-municipalities", () -> {
                // A code no municipality has yet: imports of real Thuringian data, and this matrix's own earlier
                // rows, hold some of the 90,000 drawn from (a drawn code that existed made the probe see no change).
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String kreis;
                String gemeinde;
                do {
                    kreis = String.format("%02d", random.nextInt(10, 100));
                    gemeinde = String.format("%03d", random.nextInt(1000));
                } while (given().get(MUNICIPALITIES + "/by-ags/160" + kreis + gemeinde).statusCode() != 404);
                String csv = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,"
                        + "maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,"
                        + "verstaedterungschluessel,verstaedterungbezeichnung\n"
                        + "60,64,16,0," + kreis + ",0000," + gemeinde + ",Probedorf " + marker()
                        + ", 10.00, 500, 250, 250, 50,07743,\"11,5\",\"50,9\",F01,x,03,gering besiedelt\n";
                String ags = "160" + kreis + gemeinde;
                return WriteTarget.post("/api/v1/imports/destatis-municipalities").body("text/csv; charset=UTF-8", csv)
                        .state(() -> imported(() -> String.valueOf(given().get(MUNICIPALITIES + "/by-ags/" + ags)
                                .statusCode())));
            })
            .admin("POST /api/v1/imports/wikidata-twinnings", () -> {
                String partner = "Partnerville " + marker();
                String tsv = "origincityLabel\torigincountry\toriginlat\toriginlong\toriginpopulation\tsistercityLabel\t"
                        + "destinationlat\tdestinationlong\tdestinationpopulation\tdestination_countryLabel\tdist\teu\n"
                        + "Probestadt " + marker() + "\tGermany\t50.9\t11.5\t1000\t" + partner
                        + "\t45.4\t10.9\t2000\tItaly\t600\tEU\n";
                return WriteTarget.post("/api/v1/imports/wikidata-twinnings")
                        .body("text/tab-separated-values; charset=UTF-8", tsv)
                        .state(() -> imported(() -> count(MUNICIPALITIES + "?name=" + partner)));
            })
            .admin("POST /api/v1/imports/twinnings", () -> {
                String partner = "Partnerburg " + marker();
                String csv = "Stadt,Partner,Land\nProbeort " + marker() + "," + partner + ",Frankreich\n";
                return WriteTarget.post("/api/v1/imports/twinnings?columns=a.name=Stadt,a.country=@DE,"
                                + "b.name=Partner,b.country=Land,source.name=@Matrix")
                        .body("text/csv; charset=UTF-8", csv)
                        .state(() -> imported(() -> count(MUNICIPALITIES + "?name=" + partner)));
            })
            .admin("POST /api/v1/imports/twinnings/files", () -> {
                String partner = "Partnerdorf " + marker();
                String csv = "Stadt,Partner,Land\nProbeflecken " + marker() + "," + partner + ",Frankreich\n";
                return WriteTarget.post("/api/v1/imports/twinnings/files?columns=a.name=Stadt,a.country=@DE,"
                                + "b.name=Partner,b.country=Land,source.name=@Matrix")
                        .body("multipart/form-data; boundary=" + MULTIPART_BOUNDARY, filePart(csv))
                        .state(() -> imported(() -> count(MUNICIPALITIES + "?name=" + partner)));
            });

    @Override
    protected AuthorizationMatrix matrix() {
        return MATRIX;
    }

    /** A multipart/form-data body with the list as its part 'file'. */
    private static byte[] filePart(String list) {
        return ("--" + MULTIPART_BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv; charset=UTF-8\r\n\r\n" + list + "\r\n--" + MULTIPART_BOUNDARY + "--\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A probe of what an import did, read once the newest import job ended: an admin's POST only queues
     * the import (202), and a refused POST that queued one all the same shows in the probe too.
     */
    private static String imported(Supplier<String> probe) {
        ImportJobClient.settle();
        return probe.get();
    }

    private static String municipalityJson(String name) {
        return "{\"name\": \"" + name + "\", \"kind\": \"CITY\", \"country\": \"DE\", \"slug\": \"m-" + marker() + "\"}";
    }

    private static String partnershipJson(String... participants) {
        StringBuilder list = new StringBuilder();
        for (String id : participants) {
            list.append(list.length() == 0 ? "" : ", ").append("{\"municipalityId\": \"").append(id).append("\"}");
        }
        return "{\"type\": \"TWINNING\", \"participants\": [" + list + "], \"sourceName\": \"Matrix test\", "
                + "\"establishedOn\": \"2000-05-01\"}";
    }

    private static String municipality() {
        return created(MUNICIPALITIES, municipalityJson("Ort " + marker()));
    }

    private static String partnership(String... participants) {
        return created(PARTNERSHIPS, partnershipJson(participants));
    }

    private static String created(String path, String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json).post(path)
                .then().statusCode(201).extract().path("id");
    }

    private static String etag(String collection, String id) {
        return given().get(collection + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static String snapshot(String collection, String id) {
        Response r = given().auth().oauth2(TestTokens.admin()).get(collection + "/" + id);
        return r.statusCode() + " " + r.header("ETag") + " " + r.asString();
    }

    private static String count(String query) {
        return given().auth().oauth2(TestTokens.admin()).get(query).then().statusCode(200)
                .extract().path("totalItems").toString();
    }
}
