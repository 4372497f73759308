package org.twintowns.webhooks.input;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.input.UnstorableTextSuite;
import org.twintowns.webhooks.support.FeedStub;

/** NUL in any documented text input, and JSON nested too deep, are 400 problems on every operation. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class WebhooksUnstorableTextTest extends UnstorableTextSuite {
}
