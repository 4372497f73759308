package org.twintowns.news.architecture;

import org.twintowns.news.item.service.NewsItemService;
import org.twintowns.testing.arch.CodeRulesSuite;

/** The news features depend one way, and news asks other services only outside transactions. */
class NewsCodeRulesTest extends CodeRulesSuite {

    NewsCodeRulesTest() {
        super("org.twintowns.news", NewsItemService.class, "update");
    }
}
