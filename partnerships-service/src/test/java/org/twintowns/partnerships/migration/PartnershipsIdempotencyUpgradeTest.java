package org.twintowns.partnerships.migration;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.migration.FormerSchemaDatabase;
import org.twintowns.testing.migration.IdempotencyUpgradeSuite;

/** A database of the version before V5 (the idempotency table's) upgrades cleanly. */
@QuarkusTest
@WithTestResource(value = FormerSchemaDatabase.class,
        initArgs = @ResourceArg(name = FormerSchemaDatabase.LAST_VERSION, value = "4"))
@WithTestResource(TestTokens.class)
class PartnershipsIdempotencyUpgradeTest extends IdempotencyUpgradeSuite {
}
