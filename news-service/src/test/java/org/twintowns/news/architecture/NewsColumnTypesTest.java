package org.twintowns.news.architecture;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.ColumnTypesSuite;
import org.twintowns.testing.stub.ReferenceStub;

/** The news' two CHAR(n) columns, each kept for a reason. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsColumnTypesTest extends ColumnTypesSuite {

    @Override
    protected Map<String, String> charColumnsKept() {
        return Map.of(
                "news_item.language", "compared only as CAST(:language AS char(2)) (NewsItemWhere), and the search"
                        + " indexes of a language (V6) are partial on language = 'de'::bpchar: changing the type"
                        + " rebuilds them over the whole archive",
                "news_media.sha256", "never compared with a parameter: written once, read back as the media's ETag");
    }
}
