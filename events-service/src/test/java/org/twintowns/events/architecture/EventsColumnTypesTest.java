package org.twintowns.events.architecture;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.ColumnTypesSuite;
import org.twintowns.testing.stub.ReferenceStub;

/** No CHAR(n) column in the events' schema (V9 made the country codes VARCHAR(2)). */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventsColumnTypesTest extends ColumnTypesSuite {
}
