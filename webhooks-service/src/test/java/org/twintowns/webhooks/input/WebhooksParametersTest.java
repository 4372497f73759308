package org.twintowns.webhooks.input;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.params.ParameterSuite;
import org.twintowns.webhooks.support.FeedStub;

/** Every documented parameter of webhooks-service keeps its documented bounds. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class WebhooksParametersTest extends ParameterSuite {
}
