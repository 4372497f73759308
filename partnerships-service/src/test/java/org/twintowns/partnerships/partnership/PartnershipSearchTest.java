package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Listing partnerships: filters, sorting and paging. Each test scopes its queries by a topic of its own. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipSearchTest {

    private static String tagged(String topic, String type, String establishedOn, String... municipalityIds) {
        String founded = establishedOn == null ? "" : ", \"establishedOn\": \"" + establishedOn + "\"";
        return partnership(type, "\"topics\": [\"" + topic + "\"]" + founded, municipalityIds);
    }

    private static RequestSpecification withTopic(String topic) {
        return given().accept(ContentType.JSON).queryParam("topic", topic);
    }

    @Test
    void shouldFindPartnershipsBetweenTwoCountries() {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String novyUrengoy = municipality("Novy Urengoy", "RU", null);
        String lviv = municipality("Lviv", "UA", null);
        String germanUkrainian = tagged(topic, "SOLIDARITY", "2022-09-28", jena, brovary);
        String germanRussian = tagged(topic, "COOPERATION", "2005-01-01", kassel, novyUrengoy);
        String russianUkrainian = tagged(topic, "CONTACT", "1995-01-01", novyUrengoy, lviv);

        withTopic(topic).queryParam("country", "DE").queryParam("partnerCountry", "UA").get(PARTNERSHIPS).then()
                .statusCode(200)
                .body("items.id", contains(germanUkrainian));
        withTopic(topic).queryParam("country", "DE").get(PARTNERSHIPS).then()
                .body("items.id", contains(germanRussian, germanUkrainian));
        withTopic(topic).queryParam("partnerCountry", "UA").get(PARTNERSHIPS).then()
                .body("items.id", contains(russianUkrainian, germanUkrainian));
        // Two participants in the same country are needed for a domestic pair.
        withTopic(topic).queryParam("country", "UA").queryParam("partnerCountry", "UA").get(PARTNERSHIPS).then()
                .body("items", hasSize(0));
    }

    @Test
    void shouldFindPartnershipsOfAState() {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String erfurt = municipality("Erfurt", "DE", "DE-TH");
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String kharkiv = municipality("Kharkiv", "UA", "UA-63");
        String thuringian = tagged(topic, "SOLIDARITY", "2022-09-28", jena, brovary);
        String alsoThuringian = tagged(topic, "TWINNING", "1990-01-01", erfurt, kharkiv);
        tagged(topic, "FRIENDSHIP", "2000-01-01", kassel, kharkiv);

        withTopic(topic).queryParam("state", "DE-TH").get(PARTNERSHIPS).then()
                .body("items.id", contains(alsoThuringian, thuringian));
        withTopic(topic).queryParam("state", "UA-32").get(PARTNERSHIPS).then()
                .body("items.id", contains(thuringian));
    }

    /**
     * A full page counts its total with the filters written as sets gathered first (PartnershipWhere.counted),
     * a page reads with them checked per partnership: both must match the same partnerships, a partnership
     * with two participants in the filter's place counted once.
     */
    @Test
    void shouldCountWhatEachFilterListsOnAFullPage() {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String erfurt = municipality("Erfurt", "DE", "DE-TH");
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String lviv = municipality("Lviv", "UA", null);
        tagged(topic, "TWINNING", "1990-01-01", jena, erfurt);
        tagged(topic, "SOLIDARITY", "2022-09-28", jena, brovary);
        tagged(topic, "SOLIDARITY", "2023-01-01", erfurt, lviv);
        tagged(topic, "FRIENDSHIP", "2000-01-01", kassel, brovary);
        tagged(topic, "CONTACT", "1995-01-01", brovary, lviv);

        record Case(String parameters, int matching) {
        }
        for (Case c : List.of(new Case("country=DE", 4), new Case("partnerCountry=UA", 4),
                new Case("country=DE&partnerCountry=UA", 3), new Case("country=DE&partnerCountry=DE", 1),
                new Case("state=DE-TH", 3), new Case("municipality=" + brovary, 3), new Case("", 5))) {
            String url = PARTNERSHIPS + "?topic=" + topic + (c.parameters().isEmpty() ? "" : "&" + c.parameters());
            JsonPath page = given().accept(ContentType.JSON).get(url + "&size=1").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(1, page.getList("items").size(), c.parameters());
            assertEquals(c.matching(), page.getInt("totalItems"), c.parameters() + ": the total of a full page");
            assertEquals(c.matching(), given().accept(ContentType.JSON).get(url + "&size=100").then()
                    .extract().jsonPath().getList("items").size(), c.parameters() + ": the items of one page");
        }
    }

    @Test
    void shouldFilterByTopicTypeAndStatus() {
        String topic = uniqueTopic();
        String a = municipality("Kassel", "DE", "DE-HE");
        String b = municipality("Novy Urengoy", "RU", null);
        String c = municipality("Mulhouse", "FR", null);
        String suspended = partnership("COOPERATION", """
                "topics": ["%s"], "lifecycle": [{"kind": "ESTABLISHED", "occurredOn": "2005-01-01"},
                {"kind": "SUSPENDED", "occurredOn": "2022-03-01", "reason": "War"}]""".formatted(topic), a, b);
        String active = tagged(topic, "TWINNING", "1965-01-01", a, c);

        withTopic(topic).get(PARTNERSHIPS).then().body("items.id", contains(active, suspended));
        withTopic(topic).queryParam("status", "SUSPENDED").get(PARTNERSHIPS).then()
                .body("items.id", contains(suspended));
        withTopic(topic).queryParam("type", "TWINNING").get(PARTNERSHIPS).then()
                .body("items.id", contains(active));
        withTopic(topic).queryParam("type", "TWINNING").queryParam("status", "SUSPENDED").get(PARTNERSHIPS).then()
                .body("items", hasSize(0));
        withTopic(uniqueTopic()).get(PARTNERSHIPS).then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldFilterByFoundingYearsInclusively() {
        String topic = uniqueTopic();
        String hub = municipality("Leipzig", "DE", "DE-SN");
        String in1990 = tagged(topic, "TWINNING", "1990-12-31", hub, municipality("Kraków", "PL", null));
        String in2000 = tagged(topic, "TWINNING", "2000-01-01", hub, municipality("Houston", "US", null));
        tagged(topic, "TWINNING", "1989-12-31", hub, municipality("Lyon", "FR", null));
        tagged(topic, "TWINNING", "2001-01-01", hub, municipality("Addis Ababa", "ET", null));
        tagged(topic, "CONTACT", null, hub, municipality("Ho Chi Minh City", "VN", null));

        withTopic(topic).queryParam("foundedFrom", 1990).queryParam("foundedTo", 2000).get(PARTNERSHIPS).then()
                .body("items.id", contains(in1990, in2000));
        withTopic(topic).queryParam("foundedFrom", 2000).get(PARTNERSHIPS).then()
                .body("totalItems", equalTo(2));
        withTopic(topic).queryParam("foundedTo", 1990).get(PARTNERSHIPS).then()
                .body("totalItems", equalTo(2));
        withTopic(topic).get(PARTNERSHIPS).then().body("totalItems", equalTo(5));
    }

    @Test
    void shouldFindPartnershipsOfMunicipality() {
        String topic = uniqueTopic();
        String wolfsburg = municipality("Wolfsburg", "DE", "DE-NI");
        String toyohashi = municipality("Toyohashi", "JP", null);
        String pesaro = municipality("Pesaro-Urbino", "IT", null);
        String first = tagged(topic, "FRIENDSHIP", "1987-01-01", wolfsburg, toyohashi);
        String second = tagged(topic, "TWINNING", "1992-01-01", wolfsburg, pesaro);
        tagged(topic, "CONTACT", "2010-01-01", toyohashi, pesaro);

        given().queryParam("municipality", wolfsburg).get(PARTNERSHIPS).then()
                .body("items.id", contains(first, second));
    }

    @Test
    void shouldSortAndPageWithLinkHeaders() {
        String topic = uniqueTopic();
        String hub = municipality("Wolfsburg", "DE", "DE-NI");
        String oldest = tagged(topic, "TWINNING", "1970-01-01", hub, municipality("Marignane", "FR", null));
        String middle = tagged(topic, "TWINNING", "1985-01-01", hub, municipality("Halberstadt", "DE", null));
        String newest = tagged(topic, "TWINNING", "2000-01-01", hub, municipality("Changchun", "CN", null));

        withTopic(topic).queryParam("size", 2).get(PARTNERSHIPS).then()
                .body("items.id", contains(oldest, middle))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .header("Link", containsString("rel=\"next\""));
        withTopic(topic).queryParam("size", 2).queryParam("page", 1).get(PARTNERSHIPS).then()
                .body("items.id", contains(newest));
        withTopic(topic).queryParam("sort", "-establishedOn").get(PARTNERSHIPS).then()
                .body("items.id", contains(newest, middle, oldest));
        withTopic(topic).queryParam("sort", "-createdAt").get(PARTNERSHIPS).then()
                .body("items.id", containsInAnyOrder(newest, middle, oldest));
    }

    @Test
    void shouldListAndCountOnlyThePartnershipsWithTheGivenIds() {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String lviv = municipality("Lviv", "UA", null);
        String solidarity = tagged(topic, "SOLIDARITY", "2022-09-28", jena, brovary);
        String contact = tagged(topic, "CONTACT", "1995-01-01", jena, lviv);
        tagged(topic, "COOPERATION", "2005-01-01", brovary, lviv);

        given().queryParam("id", solidarity, contact, UUID.randomUUID().toString()).get(PARTNERSHIPS).then()
                .statusCode(200)
                .body("items.id", contains(contact, solidarity))
                .body("totalItems", equalTo(2));
        withTopic(topic).queryParam("id", solidarity, contact).queryParam("type", "CONTACT").get(PARTNERSHIPS).then()
                .body("items.id", contains(contact));
        given().queryParam("id", solidarity, contact).get(PARTNERSHIPS + "/statistics").then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void shouldRejectFoundedToBeforeFoundedFrom() {
        assertProblem(given().queryParam("foundedFrom", 2000).queryParam("foundedTo", 1990).get(PARTNERSHIPS).then(),
                400)
                .body("errors[0].field", equalTo("foundedTo"));
    }

    @Test
    void shouldRejectMalformedFiltersNamingEachOne() {
        assertProblem(given().queryParam("country", "Germany").queryParam("state", "Thuringia")
                .queryParam("topic", "Fire Services").get(PARTNERSHIPS).then(), 400)
                .body("errors.field", containsInAnyOrder("country", "state", "topic"));
        assertProblem(given().queryParam("type", "TOWN_TWINNING").get(PARTNERSHIPS).then(), 400)
                .body("errors[0].field", equalTo("type"));
        assertProblem(given().queryParam("municipality", "jena").get(PARTNERSHIPS).then(), 400)
                .body("errors[0].field", equalTo("municipality"));
        assertProblem(given().queryParam("sort", "title").get(PARTNERSHIPS).then(), 400)
                .body("errors[0].field", equalTo("sort"));
        assertProblem(given().queryParam("id", "brovary").get(PARTNERSHIPS).then(), 400)
                .body("errors[0].field", equalTo("id"));
    }
}
