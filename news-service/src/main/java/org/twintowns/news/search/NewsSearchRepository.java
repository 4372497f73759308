package org.twintowns.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.news.item.repository.FilterSql;
import org.twintowns.news.item.repository.NewsFilter;

/**
 * Full-text search over the generated {@code search_vector} column (GIN-indexed): ranked with
 * ts_rank_cd, highlighted with ts_headline. Filters and the visibility rule are the list's.
 */
@ApplicationScoped
public class NewsSearchRepository {

    /** Highlight markers; private-use characters that stored text never contains (see BodyHtml). */
    static final String START = "\uE000";
    static final String STOP = "\uE001";
    private static final String SNIPPET_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=25, MinWords=10, FragmentDelimiter=…";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

    @Inject
    EntityManager em;

    /**
     * The query in the item's language when the client names one; otherwise German, English and
     * plain words OR-ed, so that one constant query can use the index whatever the item's language.
     */
    private static String tsquery(boolean withLanguage) {
        return withLanguage
                ? "websearch_to_tsquery(news_search_config(:language), news_unaccent(:text))"
                : "(websearch_to_tsquery('pg_catalog.german', news_unaccent(:text)) "
                        + "|| websearch_to_tsquery('pg_catalog.english', news_unaccent(:text)) "
                        + "|| websearch_to_tsquery('pg_catalog.simple', news_unaccent(:text)))";
    }

    /**
     * One page of matches in rank order. Ranking reads every candidate's tsvector, so it is bounded:
     * the newest {@code candidates} matches are ranked, which keeps a query that matches a fifth of a
     * million-item archive as fast as a rare one. {@code matched} counts up to one more than the
     * bound, to tell "exactly this many" from "at least this many".
     */
    public Ranked search(String text, NewsFilter filter, int pageIndex, int pageSize, int candidates) {
        FilterSql where = FilterSql.of(filter);
        String query = tsquery(filter.language() != null);
        String matches = "SELECT n.id, n.published_at, n.search_vector FROM news_item n WHERE n.search_vector @@ "
                + query + " AND " + where.clause() + " ORDER BY n.published_at DESC, n.id LIMIT :matchLimit";
        Query page = em.createNativeQuery("WITH matches AS MATERIALIZED (" + matches + "), "
                + "ranked AS (SELECT m.id, m.published_at, ts_rank_cd(m.search_vector, " + query + ") AS rank "
                + "FROM (SELECT * FROM matches ORDER BY published_at DESC, id LIMIT :candidates) m) "
                + "SELECT r.id, r.rank, (SELECT count(*) FROM matches) FROM ranked r "
                + "ORDER BY r.rank DESC, r.published_at DESC, r.id LIMIT :limit OFFSET :offset");
        where.params.forEach(page::setParameter);
        page.setParameter("text", text).setParameter("matchLimit", candidates + 1)
                .setParameter("candidates", candidates)
                .setParameter("limit", pageSize).setParameter("offset", pageIndex * pageSize);
        List<Hit> hits = new ArrayList<>();
        long matched = 0;
        for (Object row : page.getResultList()) {
            Object[] c = (Object[]) row;
            hits.add(new Hit((UUID) c[0], ((Number) c[1]).doubleValue()));
            matched = ((Number) c[2]).longValue();
        }
        if (hits.isEmpty() && pageIndex > 0) {
            Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM news_item n WHERE n.search_vector @@ "
                    + query + " AND " + where.clause() + " LIMIT :matchLimit) m");
            where.params.forEach(count::setParameter);
            count.setParameter("text", text).setParameter("matchLimit", candidates + 1);
            matched = ((Number) count.getSingleResult()).longValue();
        }
        return new Ranked(hits, Math.min(matched, candidates), matched > candidates,
                highlights(text, filter.language(), hits));
    }

    /** Highlighted headline and body snippet per hit, computed for the page only (ts_headline is costly). */
    private Map<UUID, String[]> highlights(String text, String language, List<Hit> hits) {
        Map<UUID, String[]> result = new HashMap<>();
        if (hits.isEmpty()) {
            return result;
        }
        String query = tsquery(language != null);
        Query q = em.createNativeQuery("SELECT n.id, "
                + "ts_headline(news_search_config(n.language), n.headline, " + query + ", :headlineOptions), "
                + "ts_headline(news_search_config(n.language), n.body_text, " + query + ", :snippetOptions) "
                + "FROM news_item n WHERE n.id IN (:ids)");
        q.setParameter("text", text).setParameter("headlineOptions", HEADLINE_OPTIONS)
                .setParameter("snippetOptions", SNIPPET_OPTIONS)
                .setParameter("ids", hits.stream().map(Hit::id).toList());
        if (language != null) {
            q.setParameter("language", language);
        }
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            result.put((UUID) c[0], new String[] {(String) c[1], (String) c[2]});
        }
        return result;
    }

    /** One match and its rank. */
    public record Hit(UUID id, double rank) {
    }

    /**
     * A page of matches in rank order; how many were ranked, and whether more (older) items match;
     * highlights by id (headline, snippet).
     */
    public record Ranked(List<Hit> hits, long total, boolean moreMatches, Map<UUID, String[]> highlights) {
    }
}
