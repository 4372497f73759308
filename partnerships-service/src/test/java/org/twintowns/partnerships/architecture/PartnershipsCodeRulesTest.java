package org.twintowns.partnerships.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twintowns.testing.arch.FeatureDependencies;
import org.twintowns.testing.arch.TransactionBoundaries;

/** The shape of the partnerships code: features that depend one way, and no remote call inside a transaction. */
class PartnershipsCodeRulesTest {

    @Test
    void shouldKeepEachDependencyBetweenFeaturesOneWay() {
        FeatureDependencies.of("org.twintowns.partnerships").assertOneDirection();
    }

    @Test
    void shouldCallNoOtherServiceInsideATransaction() {
        TransactionBoundaries boundaries = TransactionBoundaries.ofModule();
        boundaries.assertNoRemoteCallInTransaction();
        assertTrue(boundaries.transactionalMethods().contains("PartnershipService.create"),
                () -> "Transactional methods: " + boundaries.transactionalMethods());
    }
}
