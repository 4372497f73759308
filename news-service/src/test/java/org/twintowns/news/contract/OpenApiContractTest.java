package org.twintowns.news.contract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.news.StubReferences;
import org.twintowns.testing.ContractDriftCheck;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** news-service serves exactly contracts/news-service.yaml. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(StubReferences.class)
class OpenApiContractTest extends ContractDriftCheck {
}
