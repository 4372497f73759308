package org.twintowns.news.item;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.create;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.testing.ProblemAssertions.assertProblem;
import static org.twintowns.testing.stub.ReferenceStub.failing;
import static org.twintowns.testing.stub.ReferenceStub.gone;
import static org.twintowns.testing.stub.ReferenceStub.unknown;
import static org.twintowns.testing.stub.ReferenceStub.unreachable;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsReferencesTest {

    @Inject
    NewsItemRepository repository;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    /** The failures a test provokes must not leave a circuit open for the next. */
    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    private static String related(UUID municipality, UUID partnership1, UUID partnership2, UUID event) {
        return """
                "relatedMunicipalityIds": ["%s"], "relatedPartnershipIds": ["%s", "%s"], "relatedEventIds": ["%s"]"""
                .formatted(municipality, partnership1, partnership2, event);
    }

    @Test
    void shouldStoreReferencesThatExist() {
        UUID jena = UUID.randomUUID();
        UUID brovary = UUID.randomUUID();
        UUID partnership = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String id = createAsAdmin(item("Delegation " + marker(), jena,
                related(brovary, partnership, partnership, event)));
        asAdmin().get(PATH + "/" + id).then().statusCode(200)
                .body("issuerMunicipalityId", equalTo(jena.toString()))
                .body("relatedMunicipalityIds", equalTo(List.of(brovary.toString())))
                // Repeated ids are kept once.
                .body("relatedPartnershipIds", equalTo(List.of(partnership.toString())))
                .body("relatedEventIds", equalTo(List.of(event.toString())));
    }

    @Test
    void shouldNameEveryUnknownReferenceAndStoreNothing() {
        String headline = "Unbekannt " + marker();
        assertProblem(create(asAdmin(), item(headline, unknown(),
                related(UUID.randomUUID(), UUID.randomUUID(), unknown(), unknown()))).then(), 422)
                .body("type", equalTo("https://twintowns.org/problems/unknown-reference"))
                .body("errors.field", equalTo(List.of("issuerMunicipalityId", "relatedPartnershipIds[1]",
                        "relatedEventIds[0]")));
        assertEquals(0, repository.count("headline", headline));
    }

    @Test
    void shouldRefuseWriteWithServiceUnavailableWhenOwnerCannotBeReached() {
        String headline = "Nicht erreichbar " + marker();
        assertProblem(create(asAdmin(), item(headline, UUID.randomUUID(),
                related(UUID.randomUUID(), unreachable(), UUID.randomUUID(), UUID.randomUUID()))).then(), 503)
                .header("Retry-After", equalTo("30"))
                .body("type", equalTo("https://twintowns.org/problems/dependency-unavailable"))
                .body("detail", equalTo("The partnerships service cannot be reached to check the references; "
                        + "nothing was written. Try again later."));
        assertEquals(0, repository.count("headline", headline));

        String id = createAsAdmin(item("Erreichbar " + marker(), UUID.randomUUID(), ""));
        String etag = etagAsAdmin(id);
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(item("Geändert", UUID.randomUUID(), "\"relatedEventIds\": [\"" + unreachable() + "\"]"))
                .put(PATH + "/" + id).then(), 503)
                .body("detail", equalTo("The events service cannot be reached to check the references; "
                        + "nothing was written. Try again later."));
        assertEquals(etag, etagAsAdmin(id));
    }

    @Test
    void shouldAskEachCollectionOnceForAllItsIdsAndPassTheRequestIdOn() {
        UUID issuer = UUID.randomUUID();
        List<UUID> municipalities = List.of(UUID.randomUUID(), UUID.randomUUID(), issuer);
        UUID partnership = UUID.randomUUID();
        String requestId = "refs-" + marker();
        create(asAdmin().header("X-Request-ID", requestId), item("Viele Partner " + marker(), issuer, """
                "relatedMunicipalityIds": ["%s", "%s", "%s"], "relatedPartnershipIds": ["%s"]"""
                .formatted(municipalities.get(0), municipalities.get(1), municipalities.get(2), partnership)))
                .then().statusCode(201);

        List<ReferenceStub.Received> asked = ReferenceStub.received(issuer.toString());
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.get(0).uri().startsWith("/api/v1/municipalities?"), asked.toString());
        for (UUID municipality : municipalities) {
            assertTrue(asked.get(0).uri().contains("id=" + municipality), asked.toString());
        }
        assertEquals(requestId, asked.get(0).requestId());
        assertEquals(List.of(new ReferenceStub.Received("/api/v1/partnerships?id=" + partnership + "&size=1",
                requestId)), ReferenceStub.received(partnership.toString()));
    }

    @Test
    void shouldTakeGoneRecordsAsUnknownAndAskOneByOneAnOwnerWithoutTheIdFilter() {
        UUID gone = gone();
        UUID missing = unknown();
        UUID kept = UUID.randomUUID();
        String json = item("Ältere Version " + marker(), UUID.randomUUID(), """
                "relatedMunicipalityIds": ["%s", "%s", "%s"]""".formatted(gone, kept, missing));
        assertProblem(create(asAdmin(), json).then(), 422)
                .body("errors.field", equalTo(List.of("relatedMunicipalityIds[0]", "relatedMunicipalityIds[2]")))
                .body("errors.message", equalTo(List.of("no municipality with id " + gone,
                        "no municipality with id " + missing)));

        // A service that ignores the filter answers with other records: each id is then asked on its own.
        ReferenceStub.mode(ReferenceStub.Mode.WITHOUT_ID_FILTER);
        try {
            assertProblem(create(asAdmin(), json).then(), 422)
                    .body("errors.field", equalTo(List.of("relatedMunicipalityIds[0]", "relatedMunicipalityIds[2]")));
        } finally {
            ReferenceStub.mode(ReferenceStub.Mode.NORMAL);
        }
        assertEquals(List.of("/api/v1/municipalities/" + gone), ReferenceStub.received(gone.toString()).stream()
                .map(ReferenceStub.Received::uri).filter(uri -> !uri.contains("?")).toList());
    }

    @Test
    void shouldTakeAnErrorAnswerAsFinalButRetryADroppedConnection() {
        UUID failing = failing();
        assertProblem(create(asAdmin(), item("Fehler " + marker(), UUID.randomUUID(),
                "\"relatedPartnershipIds\": [\"" + failing + "\"]")).then(), 503)
                .header("Retry-After", equalTo("30"))
                .body("detail", equalTo("The partnerships service cannot be reached to check the references; "
                        + "nothing was written. Try again later."));
        assertEquals(1, ReferenceStub.received(failing.toString()).size(), "an answer is not asked again");

        UUID unreachable = unreachable();
        assertProblem(create(asAdmin(), item("Weg " + marker(), UUID.randomUUID(),
                "\"relatedEventIds\": [\"" + unreachable + "\"]")).then(), 503);
        assertEquals(3, ReferenceStub.received(unreachable.toString()).size(), "the first attempt and two retries");
    }
}
