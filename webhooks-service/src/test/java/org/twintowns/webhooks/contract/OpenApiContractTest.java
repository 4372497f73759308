package org.twintowns.webhooks.contract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.ContractDriftCheck;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.webhooks.support.FeedStub;

/** webhooks-service serves exactly contracts/webhooks-service.yaml. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class OpenApiContractTest extends ContractDriftCheck {
}
