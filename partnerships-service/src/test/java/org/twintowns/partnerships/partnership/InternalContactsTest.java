package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.participants;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * Issue 18, property 3: a partnership's internal contacts are read, and replaced like any field,
 * by those who may write it (admins, editors acting for a participant); nobody else ever sees them,
 * and a client that sends back what it read keeps them.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class InternalContactsTest {

    private static final String CONTACTS = """
            "contacts": [{"role": "Partnership office", "email": "partnerschaften@jena.de"},
                         {"role": "Mayor's office", "phone": "+49 3641 49-0", "internal": true}]""";

    @Test
    void shouldHideInternalContactsFromAnyoneWhoMayNotWriteThePartnership() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String id = partnership("SOLIDARITY", CONTACTS, jena, brovary);

        for (String token : new String[] {null, TestTokens.editorOf(municipality("Kassel", "DE", "DE-HE"))}) {
            var request = given();
            if (token != null) {
                request.auth().oauth2(token);
            }
            request.get(PARTNERSHIPS + "/" + id).then().statusCode(200)
                    .body("contacts.role", contains("Partnership office"))
                    .body("contacts[0].internal", nullValue());
        }
        given().get(PARTNERSHIPS + "?municipality=" + jena).then().statusCode(200)
                .body("items[0].contacts.role", contains("Partnership office"));
    }

    @Test
    void shouldKeepInternalContactsWhenAnEditorSendsBackWhatTheyRead() throws Exception {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String id = partnership("SOLIDARITY", CONTACTS, jena, brovary);
        String editor = TestTokens.editorOf(jena);

        ExtractableResponse<Response> read = given().auth().oauth2(editor).get(PARTNERSHIPS + "/" + id)
                .then().statusCode(200)
                .body("contacts.role", contains("Partnership office", "Mayor's office"))
                .body("contacts[1].internal", equalTo(true))
                .extract();
        String body = """
                {"type": "SOLIDARITY", "participants": %s, "sourceName": "Changed source", "contacts": %s}"""
                .formatted(participants(jena, brovary), new ObjectMapper().readTree(read.asString()).get("contacts"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(body)
                .put(PARTNERSHIPS + "/" + id).then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).get(PARTNERSHIPS + "/" + id).then().statusCode(200)
                .body("sourceName", equalTo("Changed source"))
                .body("contacts.role", contains("Partnership office", "Mayor's office"))
                .body("contacts[1].phone", equalTo("+49 3641 49-0"));
    }

    @Test
    void shouldGiveAnEditorHoldingThePublicCopyTheWholePartnership() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String id = partnership("SOLIDARITY", CONTACTS, jena, brovary);
        String publicEtag = given().get(PARTNERSHIPS + "/" + id).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", publicEtag).get(PARTNERSHIPS + "/" + id).then().statusCode(304);
        given().auth().oauth2(TestTokens.editorOf(jena)).header("If-None-Match", publicEtag)
                .get(PARTNERSHIPS + "/" + id).then().statusCode(200)
                .body("contacts.role", contains("Partnership office", "Mayor's office"));
    }

    @Test
    void shouldLetAnEditorOfAParticipantReplaceInternalContactsLikeAnyField() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String id = partnership("SOLIDARITY", CONTACTS, jena, brovary);
        String editor = TestTokens.editorOf(brovary);
        String etag = given().auth().oauth2(editor).get(PARTNERSHIPS + "/" + id).then().extract().header("ETag");

        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", etag).body("""
                {"type": "SOLIDARITY", "participants": %s, "sourceName": "Test fixture",
                 "contacts": [{"role": "Partnership office", "email": "partnerschaften@jena.de"}]}"""
                .formatted(participants(jena, brovary)))
                .put(PARTNERSHIPS + "/" + id).then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).get(PARTNERSHIPS + "/" + id).then().statusCode(200)
                .body("contacts", hasSize(1));
    }
}
