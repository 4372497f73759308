package org.twintowns.news.architecture;

import org.twintowns.news.item.service.NewsItemService;
import org.twintowns.testing.arch.CodeRulesSuite;
import org.twintowns.testing.arch.FeatureDependencies;

/** The news features depend one way, and news asks other services only outside transactions. */
class NewsCodeRulesTest extends CodeRulesSuite {

    NewsCodeRulesTest() {
        super("org.twintowns.news", NewsItemService.class, "update");
    }

    @Override
    protected FeatureDependencies features() {
        return super.features()
                .tolerating("references", "item", "until the shared reference client replaces the references package");
    }
}
