package org.twintowns.news.architecture;

import org.twintowns.testing.arch.RecordPropertiesSuite;

/** news's records show their components and nothing else, in JSON and in contracts/news-service.yaml. */
class NewsRecordPropertiesTest extends RecordPropertiesSuite {

    NewsRecordPropertiesTest() {
        super("org.twintowns.news", "news-service");
    }
}
