package org.twintowns.events.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twintowns.events.event.service.EventService;
import org.twintowns.testing.arch.FeatureDependencies;
import org.twintowns.testing.arch.TransactionBoundaries;

/** The shape of the events code: features that depend one way, and no remote call inside a transaction. */
class EventsCodeRulesTest {

    @Test
    void shouldKeepEachDependencyBetweenFeaturesOneWay() {
        FeatureDependencies.of("org.twintowns.events").assertOneDirection();
    }

    @Test
    void shouldAskPartnershipsServiceOnlyOutsideTransactions() {
        TransactionBoundaries boundaries = TransactionBoundaries.ofModule();
        boundaries.assertNoRemoteCallInTransaction();
        // The rule sees the reference check where it is, so it would see it inside a writer too.
        assertTrue(boundaries.remoteCallFrom(EventService.class, "update").isPresent(),
                "The reference check of an event update is no longer seen as a remote call");
        assertTrue(boundaries.transactionalMethods().contains("EventWriter.update"),
                () -> "Transactional methods: " + boundaries.transactionalMethods());
    }
}
