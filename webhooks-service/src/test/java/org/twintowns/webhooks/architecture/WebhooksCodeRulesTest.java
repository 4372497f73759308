package org.twintowns.webhooks.architecture;

import org.twintowns.webhooks.delivery.service.Dispatcher;
import org.twintowns.testing.arch.CodeRulesSuite;

/** The webhooks features depend one way, and no transaction waits for a receiver or a feed. */
class WebhooksCodeRulesTest extends CodeRulesSuite {

    WebhooksCodeRulesTest() {
        super("org.twintowns.webhooks", Dispatcher.class, "deliver");
    }
}
