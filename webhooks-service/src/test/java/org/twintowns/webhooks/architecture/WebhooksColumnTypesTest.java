package org.twintowns.webhooks.architecture;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.ColumnTypesSuite;
import org.twintowns.webhooks.support.FeedStub;

/** No CHAR(n) column in the webhooks' schema. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class WebhooksColumnTypesTest extends ColumnTypesSuite {
}
