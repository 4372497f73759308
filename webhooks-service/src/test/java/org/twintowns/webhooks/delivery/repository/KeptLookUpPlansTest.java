package org.twintowns.webhooks.delivery.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.PreparedPlans;
import org.twintowns.testing.sql.PreparedPlans.Plans;
import org.twintowns.webhooks.support.FeedStub;

/**
 * The attempts of a page of deliveries are read by an array of the page's ids out of the plan's sight, so that
 * PostgreSQL plans the statement once and keeps the plan whatever the page (partnerships-service's
 * {@code KeptReadPlansTest} has the story, issue 21): run twelve times with one to three ids, prepared on the server
 * from the first run, it is planned for its values at most five times, and a plan made for given values shows none
 * of them. The second half failed with the array in sight ("an array in the plan's sight: SELECT a.* FROM
 * delivery_attempt a ...").
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class KeptLookUpPlansTest {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void shouldKeepOnePlanForTheAttemptsOfAPage() {
        Map<String, Plans> ran = PreparedPlans.during(em, () -> IntStream.range(0, 12).forEach(run ->
                deliveries.attempts(IntStream.rangeClosed(0, run % 3).mapToObj(i -> UUID.randomUUID()).toList())));
        // The driver's own look-ups of a result's columns (pg_attribute) run prepared too.
        ran.keySet().removeIf(statement -> !statement.contains("delivery_attempt"));
        assertEquals(1, ran.size(), "one statement for every page: " + ran);
        PreparedPlans.assertKeptWithArraysUnseen(em, ran, 1);
    }
}
