package org.twintowns.partnerships.architecture;

import org.twintowns.testing.arch.RecordPropertiesSuite;

/** partnerships's records show their components and nothing else, in JSON and in contracts/partnerships-service.yaml. */
class PartnershipsRecordPropertiesTest extends RecordPropertiesSuite {

    PartnershipsRecordPropertiesTest() {
        super("org.twintowns.partnerships", "partnerships-service");
    }
}
