package org.twintowns.events.changes;

import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.changes.ChangeFeedSuite;
import org.twintowns.testing.stub.ReferenceStub;
import java.util.List;
import org.twintowns.events.event.service.EventChanges;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventChangeFeedTest extends ChangeFeedSuite {

    EventChangeFeedTest() {
        super("/api/v1/changes/events");
    }

    @Override
    protected List<String> eventTypes() {
        return EventChanges.TYPES;
    }

    @Override
    protected String change(int n) {
        return create(event(uniqueDay()));
    }
}
