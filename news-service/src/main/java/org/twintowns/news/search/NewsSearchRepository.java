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

    public Ranked search(String text, NewsFilter filter, int pageIndex, int pageSize) {
        FilterSql where = FilterSql.of(filter);
        String query = tsquery(filter.language() != null);
        Query page = em.createNativeQuery("SELECT n.id, ts_rank_cd(n.search_vector, " + query + ") AS rank, "
                + "count(*) OVER () FROM news_item n WHERE n.search_vector @@ " + query + " AND " + where.clause()
                + " ORDER BY rank DESC, n.published_at DESC, n.id LIMIT :limit OFFSET :offset");
        where.params.forEach(page::setParameter);
        page.setParameter("text", text).setParameter("limit", pageSize).setParameter("offset", pageIndex * pageSize);
        List<Hit> hits = new ArrayList<>();
        long total = 0;
        for (Object row : page.getResultList()) {
            Object[] c = (Object[]) row;
            hits.add(new Hit((UUID) c[0], ((Number) c[1]).doubleValue()));
            total = ((Number) c[2]).longValue();
        }
        if (hits.isEmpty() && pageIndex > 0) {
            Query count = em.createNativeQuery("SELECT count(*) FROM news_item n WHERE n.search_vector @@ " + query
                    + " AND " + where.clause());
            where.params.forEach(count::setParameter);
            count.setParameter("text", text);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Ranked(hits, total, highlights(text, filter.language(), hits));
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

    /** A page of matches in rank order, the number of all matches, and highlights by id (headline, snippet). */
    public record Ranked(List<Hit> hits, long total, Map<UUID, String[]> highlights) {
    }
}
