package org.twintowns.news.item;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.create;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.StubReferences;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(StubReferences.class)
class NewsReferencesTest {

    @Inject
    NewsItemRepository repository;

    private static UUID unknown() {
        return UUID.fromString(StubReferences.UNKNOWN + UUID.randomUUID().toString().substring(8));
    }

    private static UUID unreachable() {
        return UUID.fromString(StubReferences.UNREACHABLE + UUID.randomUUID().toString().substring(8));
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
}
