package org.twintowns.webhooks.architecture;

import org.twintowns.testing.arch.RecordPropertiesSuite;

/** webhooks' records show their components and nothing else, in JSON and in contracts/webhooks-service.yaml. */
class WebhooksRecordPropertiesTest extends RecordPropertiesSuite {

    WebhooksRecordPropertiesTest() {
        super("org.twintowns.webhooks", "webhooks-service");
    }
}
