package org.twintowns.partnerships.architecture;

import org.twintowns.testing.arch.CodeRulesSuite;

/** The partnerships features depend one way, and no transaction calls another service. */
class PartnershipsCodeRulesTest extends CodeRulesSuite {

    PartnershipsCodeRulesTest() {
        super("org.twintowns.partnerships");
    }
}
