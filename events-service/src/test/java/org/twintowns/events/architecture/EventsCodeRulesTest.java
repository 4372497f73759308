package org.twintowns.events.architecture;

import org.twintowns.events.event.service.EventService;
import org.twintowns.testing.arch.CodeRulesSuite;

/** The events features depend one way, and events ask partnerships-service only outside transactions. */
class EventsCodeRulesTest extends CodeRulesSuite {

    EventsCodeRulesTest() {
        super("org.twintowns.events", EventService.class, "update");
    }
}
