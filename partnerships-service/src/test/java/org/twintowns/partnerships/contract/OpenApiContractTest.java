package org.twintowns.partnerships.contract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.ContractDriftCheck;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** partnerships-service serves exactly contracts/partnerships-service.yaml. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class OpenApiContractTest extends ContractDriftCheck {
}
