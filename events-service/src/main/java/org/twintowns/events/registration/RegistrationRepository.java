package org.twintowns.events.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.PlanValues;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.PlanValues.ArrayStatement;
import org.twintowns.events.event.RegistrationCounts;

/** Registrations of events. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    private static final ArrayStatement COUNTS = PlanValues.anyOfIn("""
                        SELECT r.event_id,
                               count(*) FILTER (WHERE r.status = :confirmed),
                               count(*) FILTER (WHERE r.status = :waitlisted)
                        FROM registration r WHERE r.event_id = %s GROUP BY r.event_id""", "ids", "uuid");

    /**
     * The event's counts as its transaction sees them: a query, which first flushes the registrations this
     * transaction changed (a write counts the seats after taking or giving one back). In SQL, not HQL: Hibernate
     * translated an HQL query with a list parameter again at every execution.
     */
    public RegistrationCounts counts(UUID eventId) {
        List<?> rows = getEntityManager().createNativeQuery(COUNTS.forLength(1))
                .setParameter("confirmed", Registration.Status.CONFIRMED.name())
                .setParameter("waitlisted", Registration.Status.WAITLISTED.name())
                .setParameter("ids", new UUID[] {eventId})
                .getResultList();
        return rows.stream().map(Object[].class::cast).findFirst()
                .map(row -> new RegistrationCounts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .orElse(RegistrationCounts.NONE);
    }

    /**
     * Adds the read of the counts of the events whose ids are the parameter {@code :ids}, at most {@code length} of
     * them, to {@code reads}, for the reads of events (which no change of the same request precedes: they do not
     * flush): the map is filled when they run. The ids out of the plan's sight: one plan kept, not one made at
     * every read ({@link PlanValues}).
     */
    public Map<UUID, RegistrationCounts> countsWith(JdbcRows.Together reads, int length) {
        Map<UUID, RegistrationCounts> counts = new HashMap<>();
        reads.with("confirmed", Registration.Status.CONFIRMED).with("waitlisted", Registration.Status.WAITLISTED)
                .each(COUNTS.forLength(length), r -> counts.put(r.getObject(1, UUID.class),
                        new RegistrationCounts(r.getLong(2), r.getLong(3))));
        return counts;
    }

    /** The waiting list in order: first come, first served. */
    public List<Registration> waitlist(UUID eventId, int limit) {
        // The limit in the statement's text, not a parameter (SqlPage).
        return getEntityManager().createQuery("from Registration where eventId = :event and status = :status"
                        + " order by createdAt, id" + SqlPage.of(0, limit), Registration.class)
                .setParameter("event", eventId).setParameter("status", Registration.Status.WAITLISTED)
                .getResultList();
    }

    /**
     * The registration of the event that holds or awaits a seat under this e-mail address, compared
     * as the unique index registration_once_per_person does: by the database's lower-case form.
     */
    public Optional<Registration> active(UUID eventId, String email) {
        return find("eventId = :event and lower(email) = lower(:email) and status <> :cancelled",
                Parameters.with("event", eventId).and("email", email).and("cancelled", Registration.Status.CANCELLED))
                .firstResultOptional();
    }

    public List<Registration> ofEvent(UUID eventId) {
        return find("eventId", Sort.by("createdAt").and("id"), eventId).list();
    }
}
