package org.twintowns.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.news.item.repository.NewsFilter;
import org.twintowns.news.item.repository.NewsItemWhere;

/**
 * Full-text search over the generated {@code search_vector} column (GIN-indexed): ranked with
 * ts_rank, highlighted with ts_headline. Filters and the visibility rule are the list's.
 */
@ApplicationScoped
public class NewsSearchRepository {

    /** Highlight markers; private-use characters that stored text never contains (see BodyHtml). */
    static final String START = "\uE000";
    static final String STOP = "\uE001";
    private static final String SNIPPET_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=25, MinWords=10, FragmentDelimiter=…";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

    /**
     * How much of a body (characters) a snippet is looked for in first: ts_headline's cost grows with
     * the text; a snippet shows at most two passages of 25 words.
     */
    static final int SNIPPET_TEXT = 2000;

    /** How many of the newest weeks are searched first, period by period. */
    static final int RECENT_WEEKS = 8;

    @Inject
    EntityManager em;

    /**
     * The query in the item's language when the client names one; otherwise the distinct German,
     * English and plain readings of the words OR-ed (V6 {@code news_search_query}), so that one
     * constant query can use the index whatever the item's language. An excluded word or phrase is
     * excluded in all three readings within each (V10), as it is in the one reading of a language.
     */
    private static String tsquery(boolean withLanguage) {
        return withLanguage
                ? "websearch_to_tsquery(news_search_config(:language), news_unaccent(:text))"
                : "news_search_query(:text)";
    }

    /**
     * The search's tsquery as the statements take it: computed once, by {@link #start}. Written as the
     * function call it appears some eight times in the search statement, and the planner, which folds
     * each into a constant, spent as long on that as on the rest of the plan (1.2 of 2.8 ms).
     */
    private static final String WORDS = "CAST(:words AS tsquery)";

    /**
     * One page of matches in rank order, each with what its hit shows, highlights included: one statement.
     * Ranking reads every candidate's tsvector, so it is bounded: the newest {@code candidates} matches
     * are ranked, which keeps a query that matches a fifth of a million-item archive as fast as a rare
     * one. {@code matched} counts up to one more than the bound, to tell "exactly this many" from "at
     * least this many".
     */
    public Ranked search(String text, NewsFilter filter, int pageIndex, int pageSize, int candidates, int fewMatches) {
        WhereClause where = NewsItemWhere.of(filter);
        Start start = start(text, filter);
        SearchPeriods.Walk walk = start.walk();
        // Matches are found by id, time and row address only; the search vector (the row's largest
        // column) is read again, by address, for the candidates that are ranked, and the page's rows
        // once more for what a hit shows.
        Query page = em.createNativeQuery("WITH " + newestMatches(where, WORDS) + ", "
                + "candidates AS (SELECT m.row FROM matches m ORDER BY m.published_at DESC, m.id LIMIT :candidates), "
                // ts_rank weighs how often the words occur by where (headline, lead, body); ts_rank_cd's
                // cover density cost six times as much for a search without language (three readings).
                + "ranked AS (SELECT n.id, n.published_at, n.ctid AS row, ts_rank(n.search_vector, " + WORDS + ") AS rank "
                + "FROM news_item n WHERE n.ctid = ANY (ARRAY(SELECT c.row FROM candidates c))), "
                + "page AS (SELECT r.* FROM ranked r ORDER BY r.rank DESC, r.published_at DESC, r.id "
                + SqlPage.of(pageIndex * pageSize, pageSize) + ") "
                + highlighted(WORDS));
        bind(page, where, start.words(), walk, candidates + 1, fewMatches).setParameter("candidates", candidates)
                .setParameter("headlineOptions", HEADLINE_OPTIONS).setParameter("snippetOptions", SNIPPET_OPTIONS)
                .setParameter("snippetText", SNIPPET_TEXT).setParameter("start", START);
        List<Hit> hits = new ArrayList<>();
        long matched = 0;
        for (Object row : page.getResultList()) {
            Object[] c = (Object[]) row;
            hits.add(new Hit((UUID) c[0], ((Number) c[1]).doubleValue(), (String) c[3], (String) c[4], (String) c[11],
                    (String) c[5], (String) c[12], (String) c[6], SqlTimes.utc(c[7]), (UUID) c[8], (String) c[9],
                    strings(c[10])));
            matched = ((Number) c[2]).longValue();
        }
        if (hits.isEmpty() && pageIndex > 0) {
            Query count = em.createNativeQuery("WITH " + newestMatches(where, WORDS) + " SELECT count(*) FROM matches");
            bind(count, where, start.words(), walk, candidates + 1, fewMatches);
            matched = ((Number) count.getSingleResult()).longValue();
        }
        return new Ranked(hits, Math.min(matched, candidates), matched > candidates);
    }

    /**
     * What each hit of the CTE {@code page} shows, read by row address, with the headline and a snippet
     * of the body highlighted (ts_headline parses the whole text it is given, so only the page's).
     * The snippet comes from the first {@value #SNIPPET_TEXT} characters of the body, cut at a space,
     * when they have a match; only if the body matches later (its words in the search vector's body
     * part) is the whole body read, so that the snippet still shows the match. The body's length then
     * no longer sets the cost of a page: most hits match early, or only in headline and lead.
     */
    private static String highlighted(String query) {
        // The search's configuration with accents ignored (V11): the text is highlighted as it is written.
        String language = "news_highlight_config(h.language)";
        String firstPart = "CASE WHEN length(n.body_text) <= :snippetText THEN n.body_text "
                + "ELSE left(n.body_text, :snippetText + 1 - strpos(reverse(left(n.body_text, :snippetText + 1)), ' ')) END";
        // OFFSET 0 keeps the inner query on its own, so that each highlight is computed once per hit.
        String hits = "SELECT p.id, p.rank, p.published_at, (SELECT count(*) FROM matches) AS matched, n.slug, n.headline, "
                + "n.lead, CAST(n.language AS text) AS language, n.issuer_municipality_id, n.issuer_name, n.topics, "
                + "n.body_text, n.search_vector, "
                + "ts_headline(news_highlight_config(n.language), n.headline, " + query + ", :headlineOptions) AS headline_html, "
                + "ts_headline(news_highlight_config(n.language), " + firstPart + ", " + query + ", :snippetOptions) AS snippet "
                + "FROM page p JOIN news_item n ON n.ctid = p.row OFFSET 0";
        return "SELECT h.id, h.rank, h.matched, h.slug, h.headline, h.lead, h.language, h.published_at, "
                + "h.issuer_municipality_id, h.issuer_name, h.topics, h.headline_html, "
                + "CASE WHEN strpos(h.snippet, :start) > 0 OR length(h.body_text) <= :snippetText THEN h.snippet "
                + "WHEN ts_filter(h.search_vector, '{c}') @@ " + query + " "
                + "THEN ts_headline(" + language + ", h.body_text, " + query + ", :snippetOptions) "
                + "ELSE h.snippet END "
                + "FROM (" + hits + ") h ORDER BY h.rank DESC, h.published_at DESC, h.id";
    }

    /** A text[] column of a native query's row, whichever Java type Hibernate chose for it. */
    private static List<String> strings(Object array) {
        try {
            Object values = array instanceof java.sql.Array sql ? sql.getArray() : array;
            return values == null ? List.of() : List.of((String[]) values);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read a text array", e);
        }
    }

    /**
     * The newest {@code :matchLimit} matches, newest first, as the CTE {@code matches}. They are
     * found period by period (V6 migration, {@link SearchPeriods}): for each period, the search
     * index intersects words, period and filters, and only the matching items of that period are
     * read and sorted by time. A walk by date through the table would read every item until enough
     * match; the planner chooses it when it underestimates how rare the words are among the
     * filtered items (words common in one language only, or correlated words), and it is never used.
     *
     * <ol>
     * <li>The newest {@value #RECENT_WEEKS} weeks, period by period: a common word's matches are all
     * found here.
     * <li>Older items, if more are needed, in one of two ways, chosen by how many matches the
     * recent weeks had. If as many again per week would make at most {@code fewMatches}
     * (configuration) matches in all older weeks, the words are rare: one look into the index
     * for all of them, and every match is read (looking period by period would cost more, since
     * each look intersects the period's whole part of the index). Otherwise period by period,
     * growing, until enough are found.
     * </ol>
     */
    private static String newestMatches(WhereClause where, String query) {
        String found = "(SELECT count(*) FROM recent)";
        return "recent AS MATERIALIZED (" + byPeriod(where, query, ":recent") + "), "
                // Every older match of rare words, planned on its own: given "the newest n in time order",
                // the planner may walk the index of visible items by time (V9) and test each row's words,
                // which reads the whole archive when the words are rarer than it thinks (a German word
                // among English items: 900,000 rows, seconds). Asked for all matches, it takes the search
                // index. Only read when the one-time condition below holds.
                + "rare AS MATERIALIZED (SELECT n.id, n.published_at, n.ctid AS row FROM news_item n "
                + "WHERE n.published_at < :boundary AND n.search_vector @@ " + query + " AND " + where.condition() + "), "
                + "older AS MATERIALIZED ("
                + "SELECT * FROM (" + byPeriod(where, query, ":older") + ") o "
                + "WHERE " + found + " < :matchLimit AND " + found + " * :olderWeeks > CAST(:fewMatches AS bigint) * :recentWeeks "
                + "UNION ALL "
                + "SELECT * FROM (SELECT * FROM rare r ORDER BY r.published_at DESC, r.id LIMIT :matchLimit) a "
                + "WHERE " + found + " < :matchLimit AND :olderWeeks > 0 AND "
                + found + " * :olderWeeks <= CAST(:fewMatches AS bigint) * :recentWeeks), "
                + "matches AS MATERIALIZED (SELECT * FROM recent UNION ALL SELECT * FROM older LIMIT :matchLimit)";
    }

    /** Matches newest first, period by period through the periods of the array parameter {@code periods}. */
    private static String byPeriod(WhereClause where, String query, String periods) {
        return "SELECT x.id, x.published_at, x.row "
                + "FROM unnest(CAST(" + periods + " AS integer[])) WITH ORDINALITY AS p(period, step) "
                + "CROSS JOIN LATERAL (SELECT n.id, n.published_at, n.ctid AS row FROM news_item n "
                + "WHERE n.search_periods @> ARRAY[p.period] AND n.search_vector @@ " + query + " AND " + where.condition()
                + " ORDER BY n.published_at DESC, n.id) x ORDER BY p.step LIMIT :matchLimit";
    }

    /**
     * The search's tsquery (as text) and the periods to search: from the filter's end (or now) to its
     * start (or the oldest public item). One statement.
     */
    private Start start(String text, NewsFilter filter) {
        // A minute ahead: an item published just now by the database's clock is found even if this
        // machine's clock is a little behind and a new week has just begun.
        Instant now = Instant.now().plusSeconds(60);
        Instant newest = filter.to() != null && filter.to().toInstant().isBefore(now) ? filter.to().toInstant() : now;
        Query first = em.createNativeQuery("SELECT min(n.published_at), CAST(" + tsquery(filter.language() != null)
                + " AS text) FROM news_item n WHERE n.status IN ('PUBLISHED', 'SCHEDULED')").setParameter("text", text);
        if (filter.language() != null) {
            first.setParameter("language", filter.language());
        }
        Object[] row = (Object[]) first.getSingleResult();
        String words = (String) row[1];
        if (row[0] == null) {
            return new Start(words, SearchPeriods.Walk.NONE);
        }
        Instant oldest = SqlTimes.utc(row[0]).toInstant();
        if (filter.from() != null && filter.from().toInstant().isAfter(oldest)) {
            oldest = filter.from().toInstant();
        }
        if (oldest.isAfter(newest)) {
            return new Start(words, SearchPeriods.Walk.NONE);
        }
        return new Start(words, SearchPeriods.walk(newest, oldest, RECENT_WEEKS));
    }

    /** The search's tsquery as text, and the periods it reads. */
    private record Start(String words, SearchPeriods.Walk walk) {
    }

    private static Query bind(Query query, WhereClause where, String words, SearchPeriods.Walk walk, int matchLimit,
            int fewMatches) {
        return where.bind(query).setParameter("words", words)
                .setParameter("matchLimit", matchLimit).setParameter("fewMatches", fewMatches)
                .setParameter("recent", SearchPeriods.Walk.sql(walk.recent()))
                .setParameter("recentWeeks", walk.recentWeeks())
                .setParameter("older", SearchPeriods.Walk.sql(walk.older()))
                .setParameter("olderWeeks", walk.olderWeeks())
                .setParameter("boundary", OffsetDateTime.ofInstant(walk.boundary(), ZoneOffset.UTC));
    }

    /**
     * One match: its rank and what its hit shows, the headline and the body snippet highlighted with
     * {@link #START} and {@link #STOP}.
     */
    public record Hit(UUID id, double rank, String slug, String headline, String highlightedHeadline, String lead,
            String highlightedSnippet, String language, OffsetDateTime publishedAt, UUID issuerMunicipalityId,
            String issuerName, List<String> topics) {
    }

    /** A page of matches in rank order; how many were ranked, and whether more (older) items match. */
    public record Ranked(List<Hit> hits, long total, boolean moreMatches) {
    }
}
