package org.twintowns.news.input;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.create;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** A body with several bad fields, of constraints and of rules, is answered with every one of them. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class AllValidationErrorsTest {

    @Test
    void shouldNameEveryBadFieldOfANewsItem() {
        // A blank headline (constraint); a language that is no ISO 639-1 code, a body of nothing but
        // a script and no issuer at all (rules).
        assertProblem(create(asAdmin(), """
                {"headline": " ", "body": "<script>alert(1)</script>", "language": "xq"}""").then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("headline", "language", "body", "issuerMunicipalityId"));
    }
}
