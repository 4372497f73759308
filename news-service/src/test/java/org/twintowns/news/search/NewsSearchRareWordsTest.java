package org.twintowns.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.marker;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.news.item.repository.NewsFilter;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.RowsRead;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Words that are rare among the filtered items, though common in the archive, are looked up in the
 * search index: the search never walks the items by time testing each one's words (issue 21: a German
 * word among English items read 900,000 rows of the bench archive per search, for no match).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsSearchRareWordsTest {

    private static final int ITEMS_PER_LANGUAGE = 10_000;

    @Inject
    NewsSearchRepository search;

    @Inject
    DataSource database;

    private String word;
    private String tag;

    /**
     * Old items only (ten weeks back and older), so the newest weeks have no match and the search looks
     * for rare words: half of them German with the word, half English without it. The planner knows
     * the word is in every other item and would expect to find the few newest English ones at once
     * by walking the items by time. Enough of them that it does not simply read the whole table
     * (with a few thousand it does, whichever way the query is written).
     */
    @BeforeEach
    void createAnArchiveWhereTheWordIsCommonInOneLanguageOnly() {
        word = "tt" + marker();
        tag = "rare-" + marker();
        execute("""
                INSERT INTO news_item (id, slug, headline, body, language, status, published_at, issuer_name,
                                       created_at, updated_at, version)
                SELECT gen_random_uuid(), '%1$s-' || g, CASE WHEN g %% 2 = 0 THEN 'Meldung %2$s ' ELSE 'Report ' END || g,
                       'Der ganze Text.', CASE WHEN g %% 2 = 0 THEN 'de' ELSE 'en' END, 'PUBLISHED',
                       now() - interval '70 days' - g * interval '15 minutes', 'Stadt Jena', now(), now(), 0
                FROM generate_series(1, %3$d) g""".formatted(tag, word, 2 * ITEMS_PER_LANGUAGE));
        // As the bench archive: its GIN indexes without pending entries, its statistics current.
        execute("VACUUM ANALYZE news_item");
    }

    @AfterEach
    void removeTheArchive() {
        execute("DELETE FROM news_item WHERE slug LIKE '" + tag + "-%'");
    }

    @Test
    void shouldLookUpWordsRareAmongTheFilteredItemsInTheIndex() {
        NewsFilter english = NewsFilter.publicView("en", null, null, null, null, null, null, null);
        NewsSearchRepository.Ranked[] ranked = new NewsSearchRepository.Ranked[1];
        long rows = RowsRead.during(Set.of("news_item"), () -> ranked[0] = QuarkusTransaction.requiringNew()
                .call(() -> search.search(word, english, 0, 20, 1, 1_000_000)));
        assertEquals(0, ranked[0].hits().size());
        // Walking the items by time reads each of them (20,000 here); the index finds none.
        assertTrue(rows < ITEMS_PER_LANGUAGE / 10, "rows read for a search with no match: " + rows);
    }

    private void execute(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
