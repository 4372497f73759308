package org.twintowns.partnerships.partnership.repository;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.paging.Totals;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.PlanValues;
import org.twintowns.commons.persistence.PlanValues.ArrayStatement;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.partnerships.municipality.repository.ParticipantMunicipality;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipContact;
import org.twintowns.partnerships.partnership.PartnershipParticipant;
import org.twintowns.partnerships.partnership.PartnershipProject;

/**
 * Reads partnerships as {@link PartnershipRow}s, for lists and GET by id: the page (or the one) in one
 * statement, then each of the five collections by one statement for the whole page (the participants with their
 * municipalities' names and places), by an array of its ids,
 * the five sent to the database together. Issue 21: as entities, Hibernate made a new batch loader for every
 * collection it loaded ({@code AbstractCollectionPersister.createCollectionLoader}, 12 % of a list of 20, and the loader's
 * {@code initializeKeys} another 18 %), then hydrated and tracked 20 entities and their collections that a
 * read throws away; a GET by id loaded the entity and then each collection lazily, one statement and one new
 * loader at a time. Read with {@link JdbcRows}, straight from JDBC. Writes stay on the entity, and every
 * answer makes its JSON through {@code PartnershipMapper} from a {@link PartnershipRow}. The page's ids are out of
 * the plan's sight ({@link PlanValues#anyOfIn}), so that each collection's statement is planned once, not at every read.
 */
final class PartnershipRows {

    private static final String COLUMNS = """
            p.id, p.type, p.status, p.title, p.established_on, p.established_year_only, p.notes, p.source_name,
            p.source_url, p.last_verified_on, p.created_at, p.updated_at, p.version""";

    /**
     * The participants with what the partnership shows of their municipalities, copied onto their rows (V18): until
     * then a second statement joined them to their municipalities again, half of PostgreSQL's time for a page.
     */
    private static final ArrayStatement PARTICIPANTS = PlanValues.anyOfIn("""
            SELECT partnership_id, municipality_id, role, municipality_name, country_code, subdivision
            FROM partnership_participant WHERE partnership_id = %s ORDER BY partnership_id, position""", "ids", "uuid");

    private static final ArrayStatement TOPICS = PlanValues.anyOfIn("""
            SELECT partnership_id, topic FROM partnership_topic
            WHERE partnership_id = %s ORDER BY partnership_id, topic""", "ids", "uuid");

    private static final ArrayStatement PROJECTS = PlanValues.anyOfIn("""
            SELECT partnership_id, title, description, programme, funder, amount, currency, starts_on, ends_on
            FROM partnership_project WHERE partnership_id = %s ORDER BY partnership_id, position""", "ids", "uuid");

    private static final ArrayStatement CONTACTS = PlanValues.anyOfIn("""
            SELECT partnership_id, role, email, phone, url, municipality_id, internal
            FROM partnership_contact WHERE partnership_id = %s ORDER BY partnership_id, position""", "ids", "uuid");

    private static final ArrayStatement LIFECYCLE = PlanValues.anyOfIn("""
            SELECT partnership_id, kind, occurred_on, reason, note, recorded_at
            FROM partnership_lifecycle_event WHERE partnership_id = %s ORDER BY partnership_id, position""", "ids", "uuid");

    private PartnershipRows() {
    }

    /** The columns a statement selects for {@link #page}: {@code SELECT} them {@code FROM} a {@code p}. */
    static String columns() {
        return COLUMNS;
    }

    /** The {@link #columns()} and the head of the change feed, for {@link #pageAndHead}. */
    static String columnsAndHead() {
        return COLUMNS + ", " + Totals.HEAD_COLUMN;
    }

    /**
     * The partnerships {@code sql} selects (the {@link #columns()}, with the parameters of {@code where}) with
     * their collections, sent with {@code reads} ({@link #completed}), in the statement's order.
     */
    static List<PartnershipRow> page(EntityManager em, String sql, WhereClause where, JdbcRows.Together reads) {
        return completed(em, JdbcRows.list(em, sql, where, PartnershipRows::columns), reads);
    }

    /** A page and the head of the change feed its statement read, null when it read no row to read it on. */
    record Read(List<PartnershipRow> rows, Long head) {
    }

    /**
     * As {@link #page}, for a statement that selects {@link Totals#HEAD_COLUMN} after the {@link #columns()}, to
     * confirm a kept total in the page's own snapshot ({@link Totals#kept}).
     */
    static Read pageAndHead(EntityManager em, String sql, WhereClause where, JdbcRows.Together reads) {
        Long[] head = new Long[1];
        List<PartnershipRow> rows = JdbcRows.list(em, sql, where, r -> {
            head[0] = Totals.headIn(r);
            return columns(r);
        });
        return new Read(completed(em, rows, reads), head[0]);
    }

    /**
     * The partnership with this id and its collections, their statements sent together with {@code reads} (whose
     * parameter {@code :ids} is the partnership's id): one round trip, as the id is known before the row is read.
     */
    static Optional<PartnershipRow> one(EntityManager em, UUID id, JdbcRows.Together reads) {
        Collections collections = Collections.readBy(reads, 1);
        return reads.one(em, "SELECT " + COLUMNS + " FROM partnership p WHERE p.id = :id", id, PartnershipRows::columns)
                .map(collections::of);
    }

    /**
     * The rows with their collections, each collection read for all of them by one statement, the five sent
     * together ({@link JdbcRows.Together}) and with {@code reads}, whose parameter {@code :ids} is the page's ids;
     * none of them run for an empty page.
     */
    private static List<PartnershipRow> completed(EntityManager em, List<PartnershipRow> page, JdbcRows.Together reads) {
        return reads.completing(em, page, PartnershipRow::id, length -> Collections.readBy(reads, length)::of);
    }

    /** The five collections of the partnerships whose ids are the parameter {@code :ids}, by partnership. */
    private record Collections(Map<UUID, List<PartnershipRow.Participant>> participants, Map<UUID, List<String>> topics,
            Map<UUID, List<PartnershipProject>> projects, Map<UUID, List<PartnershipContact>> contacts,
            Map<UUID, List<PartnershipRow.Event>> lifecycle) {

        /** Adds the five reads for {@code length} ids to {@code reads}; the maps are filled when they run. */
        static Collections readBy(JdbcRows.Together reads, int length) {
            return new Collections(
                    reads.grouped(PARTICIPANTS.forLength(length), PartnershipRows::participant),
                    reads.grouped(TOPICS.forLength(length), r -> r.getString(2)),
                    reads.grouped(PROJECTS.forLength(length), PartnershipRows::project),
                    reads.grouped(CONTACTS.forLength(length), PartnershipRows::contact),
                    reads.grouped(LIFECYCLE.forLength(length), r -> new PartnershipRow.Event(
                            LifecycleEvent.Kind.valueOf(r.getString(2)), r.getObject(3, LocalDate.class),
                            r.getString(4), r.getString(5), SqlTimes.utc(r.getObject(6, OffsetDateTime.class)))));
        }

        /** The row with its collections. */
        PartnershipRow of(PartnershipRow p) {
            return p.withCollections(participants.getOrDefault(p.id(), List.of()), topics.getOrDefault(p.id(), List.of()),
                    projects.getOrDefault(p.id(), List.of()), contacts.getOrDefault(p.id(), List.of()),
                    lifecycle.getOrDefault(p.id(), List.of()));
        }
    }

    /** The row of {@link #COLUMNS}, its collections empty until {@link #page} reads them. */
    private static PartnershipRow columns(ResultSet r) throws SQLException {
        return new PartnershipRow(r.getObject(1, UUID.class), Partnership.Type.valueOf(r.getString(2)),
                Partnership.Status.valueOf(r.getString(3)), r.getString(4), r.getObject(5, LocalDate.class),
                r.getBoolean(6), List.of(), List.of(), List.of(), List.of(), List.of(), r.getString(7), r.getString(8),
                r.getString(9), r.getObject(10, LocalDate.class), SqlTimes.utc(r.getObject(11, OffsetDateTime.class)),
                SqlTimes.utc(r.getObject(12, OffsetDateTime.class)), r.getLong(13));
    }

    private static PartnershipRow.Participant participant(ResultSet r) throws SQLException {
        UUID municipality = r.getObject(2, UUID.class);
        return new PartnershipRow.Participant(municipality, PartnershipParticipant.Role.valueOf(r.getString(3)),
                new ParticipantMunicipality(municipality, r.getString(4), r.getString(5), r.getString(6)));
    }

    private static PartnershipProject project(ResultSet r) throws SQLException {
        PartnershipProject project = new PartnershipProject();
        project.title = r.getString(2);
        project.description = r.getString(3);
        project.programme = r.getString(4);
        project.funder = r.getString(5);
        project.amount = r.getBigDecimal(6);
        project.currency = r.getString(7);
        project.startsOn = r.getObject(8, LocalDate.class);
        project.endsOn = r.getObject(9, LocalDate.class);
        return project;
    }

    private static PartnershipContact contact(ResultSet r) throws SQLException {
        PartnershipContact contact = new PartnershipContact();
        contact.role = r.getString(2);
        contact.email = r.getString(3);
        contact.phone = r.getString(4);
        contact.url = r.getString(5);
        contact.municipalityId = r.getObject(6, UUID.class);
        contact.internal = r.getBoolean(7);
        return contact;
    }
}
