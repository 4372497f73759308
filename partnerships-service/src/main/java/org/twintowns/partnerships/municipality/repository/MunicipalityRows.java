package org.twintowns.partnerships.municipality.repository;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;

/**
 * Reads list pages of municipalities as {@link MunicipalityRow}s: the page's columns with each one's
 * successor's name in one statement, their other names in a second. Issue 21: as entities, a page of
 * 20 cost more in Hibernate (hydrating and tracking 20 entities, batch-loading their names collection)
 * than in its statements; a GET by id stays on the entity.
 *
 * <p>The names are a statement of their own rather than a subquery per row (json_agg): PostgreSQL
 * scans a small names table (the demo's 232 rows) for every row of the page, three times the two
 * statements' cost.
 */
final class MunicipalityRows {

    private static final String SELECT = """
            SELECT m.id, m.slug, m.name, m.kind, m.country_code, m.subdivision, m.official_code, m.wikidata_id,
                   m.population, m.population_year, m.latitude, m.longitude, m.website,
                   m.merged_into_id, r_s.name, m.merged_on, m.created_at, m.updated_at
            FROM municipality m LEFT JOIN municipality r_s ON r_s.id = m.merged_into_id
            WHERE %s""";

    /** In the order of the entity's collection (its @OrderBy), so that displayName picks the same name. */
    private static final String OTHER_NAMES = """
            SELECT n.municipality_id, n.name, n.language, n.kind, n.used_until FROM municipality_name n
            WHERE n.municipality_id IN (:ids)
            ORDER BY n.kind, n.language, n.name""";

    private MunicipalityRows() {
    }

    /** The rows {@code where} (SQL over {@code municipality m}) matches, in {@code order}, from offset to limit. */
    static List<MunicipalityRow> page(EntityManager em, WhereClause where, String order, int offset, int limit) {
        List<?> rows = where.bind(em.createNativeQuery(
                        SELECT.formatted(where.condition()) + " ORDER BY " + order + SqlPage.of(offset, limit)))
                .getResultList();
        return withOtherNames(em, rows);
    }

    /** The rows with these ids, in no particular order. */
    static List<MunicipalityRow> byIds(EntityManager em, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withOtherNames(em, em.createNativeQuery(SELECT.formatted("m.id IN (:ids)")).setParameter("ids", ids)
                .getResultList());
    }

    private static List<MunicipalityRow> withOtherNames(EntityManager em, List<?> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) ((Object[]) r)[0]).toList();
        List<?> names = em.createNativeQuery(OTHER_NAMES).setParameter("ids", ids).getResultList();
        Map<UUID, List<MunicipalityRow.OtherName>> byMunicipality = new HashMap<>();
        for (Object name : names) {
            Object[] n = (Object[]) name;
            byMunicipality.computeIfAbsent((UUID) n[0], id -> new ArrayList<>()).add(
                    new MunicipalityRow.OtherName((String) n[1], (String) n[2], MunicipalityName.Kind.valueOf((String) n[3]),
                            date(n[4])));
        }
        return rows.stream().map(Object[].class::cast)
                .map(r -> row(r, byMunicipality.getOrDefault((UUID) r[0], List.of())))
                .toList();
    }

    private static MunicipalityRow row(Object[] r, List<MunicipalityRow.OtherName> otherNames) {
        return new MunicipalityRow((UUID) r[0], (String) r[1], (String) r[2], Municipality.Kind.valueOf((String) r[3]),
                r[4].toString(), (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).intValue(), r[9] == null ? null : ((Number) r[9]).intValue(),
                r[10] == null ? null : ((Number) r[10]).doubleValue(), r[11] == null ? null : ((Number) r[11]).doubleValue(),
                (String) r[12], (UUID) r[13], (String) r[14], date(r[15]), List.copyOf(otherNames),
                SqlTimes.utc(r[16]), SqlTimes.utc(r[17]));
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
