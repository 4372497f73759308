package org.twintowns.news.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twintowns.news.item.service.NewsItemService;
import org.twintowns.testing.arch.FeatureDependencies;
import org.twintowns.testing.arch.TransactionBoundaries;

/** The shape of the news code: features that depend one way, and no remote call inside a transaction. */
class NewsCodeRulesTest {

    @Test
    void shouldKeepEachDependencyBetweenFeaturesOneWay() {
        FeatureDependencies.of("org.twintowns.news")
                .tolerating("references", "item", "until the shared reference client replaces the references package")
                .assertOneDirection();
    }

    @Test
    void shouldAskOtherServicesOnlyOutsideTransactions() {
        TransactionBoundaries boundaries = TransactionBoundaries.ofModule();
        boundaries.assertNoRemoteCallInTransaction();
        // The rule sees the reference check where it is, so it would see it inside a writer too.
        assertTrue(boundaries.remoteCallFrom(NewsItemService.class, "update").isPresent(),
                "The reference check of a news item update is no longer seen as a remote call");
        assertTrue(boundaries.transactionalMethods().contains("NewsItemWriter.update"),
                () -> "Transactional methods: " + boundaries.transactionalMethods());
    }
}
