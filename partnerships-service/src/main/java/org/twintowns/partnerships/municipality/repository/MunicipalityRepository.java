package org.twintowns.partnerships.municipality.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twintowns.commons.http.Languages;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Total;
import org.twintowns.commons.paging.Totals;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.IdOrder;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.LikePatterns;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.commons.geo.BoundingBox;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.search.SearchKeys;
import org.twintowns.commons.persistence.PlanValues;
import org.twintowns.commons.persistence.PlanValues.ArrayStatement;
import org.twintowns.commons.persistence.SqlOrder;

/** Queries over municipalities. */
@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, UUID> {

    private static final ArrayStatement DISPLAY_NAMES = PlanValues.anyOfIn("""
            SELECT n.municipality_id, n.language, n.name FROM municipality_name n
            WHERE n.municipality_id = %s AND n.kind <> :former
            ORDER BY n.kind, n.language, n.name""", "ids", "uuid");

    /** {@link #DISPLAY_NAMES} of the participants of the partnerships whose ids are {@code :ids}. */
    private static final ArrayStatement DISPLAY_NAMES_OF_PARTNERSHIPS = PlanValues.anyOfIn("""
            SELECT n.municipality_id, n.language, n.name FROM partnership_participant p
            JOIN municipality_name n ON n.municipality_id = p.municipality_id
            WHERE p.partnership_id = %s AND n.kind <> :former
            ORDER BY n.kind, n.language, n.name""", "ids", "uuid");

    @Inject
    Totals totals;

    /** The sort fields of the list (MunicipalityService), and their columns. */
    private static final Map<String, String> ORDER_COLUMNS = Map.of(
            "name", "m.name", "countryCode", "m.country_code", "population", "m.population",
            "createdAt", "m.created_at", "updatedAt", "m.updated_at", "slug", "m.slug", "id", "m.id");

    private static final String FROM = "from Municipality m where ";
    /** The start of the order of names, ascending or descending ({@link #nativeWhere}). */
    private static final String BY_NAME = "m.name ";

    /**
     * The municipality, its row locked until the transaction ends: conditional writes (If-Match) queue up
     * here, so that each compares the version the previous one committed.
     */
    public Optional<Municipality> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The municipality with this id as a read shows it, with its other names, its successor's name and its version,
     * in one statement ({@link MunicipalityRows#one}); the lookups by slug, official code and Wikidata id likewise.
     */
    public Optional<Versioned<MunicipalityRow>> row(UUID id) {
        return MunicipalityRows.one(getEntityManager(), new WhereClause().and("m.id = :id", "id", id));
    }

    public Optional<Versioned<MunicipalityRow>> rowBySlug(String slug) {
        return MunicipalityRows.one(getEntityManager(), new WhereClause().and("m.slug = :slug", "slug", slug));
    }

    public Optional<Versioned<MunicipalityRow>> rowByOfficialCode(String country, String officialCode) {
        return MunicipalityRows.one(getEntityManager(), new WhereClause().and("m.country_code = :country", "country", country)
                .and("m.official_code = :code", "code", officialCode));
    }

    public Optional<Versioned<MunicipalityRow>> rowByWikidataId(String wikidataId) {
        return MunicipalityRows.one(getEntityManager(),
                new WhereClause().and("m.wikidata_id = :wikidata", "wikidata", wikidataId));
    }

    /** The municipalities with these ids (a page's participants), in one statement. */
    public Map<UUID, Municipality> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    /**
     * The names in the reader's {@code languages} of the participants of the partnerships whose ids are the parameter
     * {@code :ids} of {@code reads} (at most {@code partnerships} of them), read with those reads, as
     * {@link #displayNames} chooses them; none are read when the reader asks for no language. Empty until the reads
     * run. A partnership's page or GET by id sends this with its own reads, knowing only the partnerships' ids; the
     * participants' own names and places come with the participants (V18).
     */
    public ParticipantNames participantNamesOf(JdbcRows.Together reads, int partnerships, List<String> languages) {
        Map<UUID, Map<String, String>> names = new HashMap<>();
        if (!languages.isEmpty()) {
            reads.with("former", MunicipalityName.Kind.FORMER.name())
                    .each(DISPLAY_NAMES_OF_PARTNERSHIPS.forLength(partnerships), nameInto(names));
        }
        return new ParticipantNames(names, languages);
    }

    /** The participants of some partnerships' names by language ({@link #participantNamesOf}). */
    public record ParticipantNames(Map<UUID, Map<String, String>> names, List<String> languages) {

        /** The name each shows in the reader's languages, where it has one. */
        public Map<UUID, String> displayNames() {
            return picked(names, languages);
        }
    }

    private static UUID[] distinct(Collection<UUID> ids) {
        return Set.copyOf(ids).toArray(UUID[]::new);
    }

    /** True when another municipality than {@code self} (null for a new one) uses the value. */
    public boolean taken(String field, Object value, UUID self) {
        if (value == null) {
            return false;
        }
        return self == null
                ? count(field, value) > 0
                : count(field + " = ?1 and id <> ?2", value, self) > 0;
    }

    public boolean officialCodeTaken(String country, String officialCode, UUID self) {
        if (officialCode == null) {
            return false;
        }
        return self == null
                ? count("countryCode = ?1 and officialCode = ?2", country, officialCode) > 0
                : count("countryCode = ?1 and officialCode = ?2 and id <> ?3", country, officialCode, self) > 0;
    }

    /** One page of municipalities matching the filter, and the number of all that match. */
    public Slice search(MunicipalityFilter filter, Listing listing) {
        String order = SqlOrder.of(listing.sort(), ORDER_COLUMNS);
        WhereClause where = listing.restrict(nativeWhere(filter, false), "m.updated_at", "m.id");
        boolean unseen = order.startsWith(BY_NAME) && filter.ids() == null && filter.kind() == null
                && filter.name() == null && !listing.restricts();
        WhereClause paged = unseen ? listing.restrict(nativeWhere(filter, true), "m.updated_at", "m.id") : where;
        String counted = "municipality m WHERE " + where.condition();
        Optional<Totals.Kept> kept = totals.kept(counted, where);
        if (kept.isEmpty()) {
            List<MunicipalityRow> page = MunicipalityRows.page(getEntityManager(), paged, order, listing.offset(),
                    listing.limit());
            return new Slice(page, totals.followed(getEntityManager(), counted, where, listing, page.size()));
        }
        // A total is kept: the page's own statement reads the change feed's head, and the total holds if it has
        // not moved since, without a statement of its own (Totals.kept).
        MunicipalityRows.Paged page = MunicipalityRows.pageAndHead(getEntityManager(), paged, order, listing.offset(),
                listing.limit());
        return new Slice(page.rows(), kept.get().at(page.head()).orElseGet(
                () -> totals.followed(getEntityManager(), counted, where, listing, page.rows().size())));
    }

    /**
     * A page of a name search, best match first: a name (official or other) that is the search
     * itself, then one that begins with it, then one that only contains it, each tier by trigram
     * similarity (pg_trgm) of the closest name, then by population, largest first. So "Kyiv" finds
     * Київ before Chortkiv and Kharkiv, and "Jena" finds Jena before Siena and the Vienna districts.
     * Only the municipalities a name matches are ranked (the rank is computed after the filter).
     */
    public Slice searchRanked(MunicipalityFilter filter, Listing listing) {
        String key = SearchKeys.of(filter.name());
        WhereClause where = nativeWhere(filter, false);
        String counted = "municipality m WHERE " + where.condition();
        // A total is kept: the ranking's statement reads the change feed's head too (Totals.kept).
        Optional<Totals.Kept> kept = totals.kept(counted, where);
        var query = where.bind(getEntityManager().createNativeQuery("""
                        SELECT m.id%s FROM municipality m
                        CROSS JOIN LATERAL (
                            SELECT min(CASE WHEN k.key = :key THEN 0 WHEN k.key LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END) AS tier,
                                   max(similarity(k.key, :key)) AS closeness
                            FROM (SELECT m.search_key AS key
                                  UNION ALL SELECT n.search_key FROM municipality_name n WHERE n.municipality_id = m.id) k
                        ) rank
                        WHERE %s
                        ORDER BY rank.tier, rank.closeness DESC, m.population DESC NULLS LAST, m.name, m.id"""
                        .formatted(kept.isPresent() ? ", " + Totals.HEAD_COLUMN : "", where.condition())
                        + SqlPage.of(listing.offset(), listing.limit())))
                .setParameter("key", key)
                .setParameter("prefix", LikePatterns.escape(key) + "%");
        List<?> ranked = query.getResultList();
        List<UUID> ids = ranked.stream().map(row -> (UUID) (kept.isPresent() ? ((Object[]) row)[0] : row)).toList();
        List<MunicipalityRow> found = IdOrder.inOrderOf(ids, MunicipalityRows.byIds(getEntityManager(), ids),
                MunicipalityRow::id);
        Optional<Total> held = kept.isEmpty() ? Optional.empty() : kept.get().at(ranked.isEmpty() ? null
                : ((Number) ((Object[]) ranked.get(0))[1]).longValue());
        return new Slice(found, held.orElseGet(
                () -> totals.followed(getEntityManager(), counted, where, listing, ids.size())));
    }

    /**
     * Every municipality matching the filter that has coordinates and lies in {@code box} (null: anywhere),
     * up to {@code limit + 1} of them, as map points: one query that reads only the columns a map shows,
     * no entities to track.
     */
    public List<MapPoint> located(MunicipalityFilter filter, BoundingBox box, int limit) {
        WhereClause where = where(filter).and("m.latitude is not null");
        if (box != null) {
            // Latitude first, as the index (municipality_position_idx) has it.
            where.and("m.latitude between :south and :north", "south", box.minLatitude()).with("north", box.maxLatitude())
                    .and("m.longitude between :west and :east", "west", box.minLongitude()).with("east", box.maxLongitude());
        }
        return where.bind(getEntityManager().createQuery("select new " + MapPoint.class.getName()
                        + "(m.id, m.name, m.slug, m.kind, m.countryCode, m.subdivision, m.population, m.latitude, "
                        + "m.longitude) " + FROM + where.condition() + " order by m.name, m.id" + SqlPage.of(0, limit + 1),
                        MapPoint.class))
                .getResultList();
    }

    /** What a map shows of a municipality. */
    public record MapPoint(UUID id, String name, String slug, Municipality.Kind kind, String countryCode,
                           String subdivision, Integer population, double latitude, double longitude) {
    }

    /** Conditions on alias {@code m}, in HQL. */
    private static WhereClause where(MunicipalityFilter filter) {
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and("m.id in :ids", "ids", filter.ids());
        }
        if (filter.country() != null) {
            where.and("m.countryCode = :country", "country", filter.country());
        }
        if (filter.subdivision() != null) {
            where.and("m.subdivision = :subdivision", "subdivision", filter.subdivision());
        }
        if (filter.kind() != null) {
            where.and("m.kind = :kind", "kind", filter.kind());
        }
        if (filter.name() != null) {
            // Any name the place is or was known by, in any script, spelled any common way. A union of the
            // two name tables, not "official name like ... or exists (other name like ...)": PostgreSQL runs
            // that exists once per municipality, ten times slower on the registry.
            where.and("m.id in (select k.id from Municipality k where k.searchKey like :name escape '\\' "
                    + "union select n.municipality.id from MunicipalityName n where n.searchKey like :name escape '\\')",
                    "name", LikePatterns.containing(SearchKeys.of(filter.name())));
        }
        return where;
    }

    /**
     * The same conditions as {@link #where}, in SQL over {@code municipality m}: for pages, counts and ranked
     * search.
     *
     * @param unseen whether the country and the state are to be out of the plan's sight ({@link PlanValues}): for
     *               a page in the order of names, which an index of each serves ({@code
     *               municipality_country_name_idx}, V10) whatever the value. Counts, pages in other orders and
     *               pages with another condition (a kind, a name, a sync walk's window) keep it in sight: their
     *               plans depend on how many match.
     */
    private static WhereClause nativeWhere(MunicipalityFilter filter, boolean unseen) {
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and("m.id = ANY(:ids)", "ids", filter.ids().toArray(UUID[]::new));
        }
        if (filter.country() != null) {
            where.and("m.country_code = " + PlanValues.of("country", "varchar", unseen), "country", filter.country());
        }
        if (filter.subdivision() != null) {
            where.and("m.subdivision = " + PlanValues.of("subdivision", "varchar", unseen), "subdivision",
                    filter.subdivision());
        }
        if (filter.kind() != null) {
            where.and("m.kind = :kind", "kind", filter.kind().name());
        }
        if (filter.name() != null) {
            where.and("m.id IN (SELECT k.id FROM municipality k WHERE k.search_key LIKE :name ESCAPE '\\' "
                    + "UNION SELECT n.municipality_id FROM municipality_name n WHERE n.search_key LIKE :name ESCAPE '\\')",
                    "name", LikePatterns.containing(SearchKeys.of(filter.name())));
        }
        return where;
    }

    /** The filters a client can combine when listing municipalities; null means "any". */
    public record MunicipalityFilter(List<UUID> ids, String country, String subdivision, Municipality.Kind kind, String name) {
    }

    /** A page of results with the total count, exact or estimated. */
    public record Slice(List<MunicipalityRow> items, Total total) {
    }

    /**
     * The name each municipality shows in the client's preferred languages, for views that show a
     * municipality among other things (participants, partners, maps): the same choice as its own
     * {@code displayName}, read in one query. Ids without a name in those languages are absent.
     */
    public Map<UUID, String> displayNames(Collection<UUID> ids, List<String> languages) {
        if (ids.isEmpty() || languages.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<String, String>> byMunicipality = new HashMap<>();
        // One array of ids, however many (a map of all partnerships names tens of thousands): an IN list would
        // be a statement of its own for every length, and PostgreSQL takes at most 32,767 parameters.
        UUID[] distinct = distinct(ids);
        JdbcRows.each(getEntityManager(), DISPLAY_NAMES.forLength(distinct.length),
                Map.of("ids", distinct, "former", MunicipalityName.Kind.FORMER.name()), nameInto(byMunicipality));
        return picked(byMunicipality, languages);
    }

    /** Each row's name by its language, the first of a language kept (the rows in the order of the choice). */
    private static JdbcRows.RowAction nameInto(Map<UUID, Map<String, String>> byMunicipality) {
        return row -> byMunicipality.computeIfAbsent(row.getObject(1, UUID.class), id -> new LinkedHashMap<>())
                .putIfAbsent(row.getString(2), row.getString(3));
    }

    private static Map<UUID, String> picked(Map<UUID, Map<String, String>> byMunicipality, List<String> languages) {
        Map<UUID, String> names = new HashMap<>();
        byMunicipality.forEach((id, current) -> Languages.pick(current, languages).ifPresent(n -> names.put(id, n)));
        return names;
    }
}
