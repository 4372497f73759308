package org.twintowns.events.architecture;

import org.twintowns.testing.arch.RecordPropertiesSuite;

/** events's records show their components and nothing else, in JSON and in contracts/events-service.yaml. */
class EventsRecordPropertiesTest extends RecordPropertiesSuite {

    EventsRecordPropertiesTest() {
        super("org.twintowns.events", "events-service");
    }
}
