package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventQueryTest {

    @Test
    void shouldFindEventsOfAMunicipalityAsOrganizerOrParticipant() {
        String jena = Partners.municipality();
        String brovary = Partners.municipality();
        Map<String, Object> organized = event(uniqueDay());
        organized.put("organizers", List.of(jena));
        String visit = create(organized);
        Map<String, Object> attended = event(uniqueDay());
        attended.put("participants", List.of(jena, brovary));
        String forum = create(attended);
        create(event(uniqueDay()));

        given().queryParam("municipality", jena).get(PATH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(visit, forum));
        given().queryParam("municipality", brovary).get(PATH).then()
                .body("items.id", equalTo(List.of(forum)));
        given().queryParam("municipality", UUID.randomUUID()).get(PATH).then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldFindEventsByTheCountryOfAnOrganizerOrParticipant() {
        String day = uniqueDay().toString();
        String kyiv = Partners.municipalityIn("UA");
        Map<String, Object> ukrainian = event(LocalDate.parse(day));
        ukrainian.put("participants", List.of(kyiv));
        String withUkraine = create(ukrainian);
        String germanOnly = create(event(LocalDate.parse(day)));

        given().queryParam("country", "UA").queryParam("from", day + "T00:00:00Z").queryParam("to", day + "T23:59:59Z")
                .get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(withUkraine)));
        given().queryParam("country", "DE").queryParam("from", day + "T00:00:00Z").queryParam("to", day + "T23:59:59Z")
                .get(PATH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(withUkraine, germanOnly));
        given().queryParam("country", "ukraine").get(PATH).then().statusCode(400);
    }

    @Test
    void shouldFindEventsOfAPartnershipAndTopic() {
        String partnership = Partners.partnership();
        Map<String, Object> body = event(uniqueDay());
        body.put("partnerships", List.of(partnership));
        body.put("topics", List.of("drug-prevention", "civic-participation"));
        String id = create(body);
        Map<String, Object> other = event(uniqueDay());
        other.put("topics", List.of("volunteering"));
        create(other);

        given().queryParam("partnership", partnership).get(PATH).then().body("items.id", equalTo(List.of(id)));
        given().queryParam("partnership", partnership).queryParam("topic", "drug-prevention").get(PATH)
                .then().body("items.id", equalTo(List.of(id)));
        given().queryParam("partnership", partnership).queryParam("topic", "volunteering").get(PATH)
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldFindEventsByWordsInTitleOrDescriptionInAnyCase() {
        String word = "Wort" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> titled = event(uniqueDay());
        titled.put("title", Map.of("de", "Die große " + word + "-Konferenz"));
        String byTitle = create(titled);
        Map<String, Object> described = event(uniqueDay());
        described.put("description", Map.of("uk", "Опис " + word.toUpperCase()));
        String byDescription = create(described);

        given().queryParam("q", word.toLowerCase()).get(PATH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(byTitle, byDescription));
        given().queryParam("q", "große " + word).get(PATH).then().body("items.id", equalTo(List.of(byTitle)));
        // Language codes are not text.
        given().queryParam("q", "uk").queryParam("municipality", Partners.organizer()).get(PATH)
                .then().body("items.id", not(hasItem(byDescription)));
        // LIKE wildcards are taken literally.
        given().queryParam("q", "%%").get(PATH).then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldSeparateUpcomingFromPastEvents() {
        String participant = Partners.municipality();
        Map<String, Object> past = event(LocalDate.of(2021, 11, 15));
        past.put("participants", List.of(participant));
        String pastId = create(past);
        Map<String, Object> upcoming = event(uniqueDay());
        upcoming.put("participants", List.of(participant));
        String upcomingId = create(upcoming);

        given().queryParam("municipality", participant).queryParam("when", "UPCOMING").get(PATH)
                .then().body("items.id", equalTo(List.of(upcomingId)));
        given().queryParam("municipality", participant).queryParam("when", "PAST").get(PATH)
                .then().body("items.id", equalTo(List.of(pastId)));
        given().queryParam("when", "UPCOMING").queryParam("size", 100).get(PATH)
                .then().body("items.startsAt", everyItem(not(org.hamcrest.Matchers.startsWith("2021"))));
    }

    @Test
    void shouldListOnlyTheEventsWithTheGivenIds() {
        String summerSchool = create(event(uniqueDay()));
        String forum = create(event(uniqueDay()));
        create(event(uniqueDay()));
        given().queryParam("id", summerSchool, forum, UUID.randomUUID().toString()).get(PATH).then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(summerSchool, forum))
                .body("totalItems", equalTo(2));
        given().queryParam("id", summerSchool, forum).queryParam("when", "PAST").get(PATH).then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectInvalidFilters() {
        assertProblem(given().queryParam("when", "SOMETIME").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("when"));
        assertProblem(given().queryParam("topic", "Not A Topic").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("topic"));
        assertProblem(given().queryParam("municipality", "kassel").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("municipality"));
        assertProblem(given().queryParam("id", "kassel").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("id"));
        List<String> tooMany = new ArrayList<>();
        while (tooMany.size() <= PageParams.MAX_IDS) {
            tooMany.add(UUID.randomUUID().toString());
        }
        assertProblem(given().queryParam("id", tooMany).get(PATH).then(), 400)
                .body("errors[0].field", equalTo("id"));
    }
}
