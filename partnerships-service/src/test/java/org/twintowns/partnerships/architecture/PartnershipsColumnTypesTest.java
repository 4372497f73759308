package org.twintowns.partnerships.architecture;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.ColumnTypesSuite;

/** No CHAR(n) column in the registry's schema (V14 made the country codes VARCHAR(2)). */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipsColumnTypesTest extends ColumnTypesSuite {
}
