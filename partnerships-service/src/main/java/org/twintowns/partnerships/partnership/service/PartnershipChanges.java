package org.twintowns.partnerships.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.twintowns.commons.changes.Change;
import org.twintowns.commons.changes.Outbox;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.mapping.PartnershipMapper;

/**
 * What the registry feed tells of partnerships: {@code partnership.created}, {@code .updated} and
 * {@code .status-changed} (a lifecycle event moved its status: suspended, resumed, ended). The data is
 * the partnership as anyone reads it: never its internal contacts. Joins the caller's transaction.
 */
@ApplicationScoped
public class PartnershipChanges {

    public static final String SOURCE = "/api/v1/partnerships";
    public static final String CREATED = "partnership.created";
    public static final String UPDATED = "partnership.updated";
    public static final String STATUS_CHANGED = "partnership.status-changed";
    public static final List<String> TYPES = List.of(CREATED, UPDATED, STATUS_CHANGED);

    @Inject
    Outbox outbox;

    /** @param participants the municipalities taking part, by id */
    public void created(Partnership partnership, Map<UUID, Municipality> participants) {
        record(CREATED, partnership, participants);
    }

    public void updated(Partnership partnership, Map<UUID, Municipality> participants) {
        record(UPDATED, partnership, participants);
    }

    void statusChanged(Partnership partnership, Map<UUID, Municipality> participants) {
        record(STATUS_CHANGED, partnership, participants);
    }

    private void record(String type, Partnership partnership, Map<UUID, Municipality> participants) {
        List<UUID> ids = partnership.participantIds();
        List<String> countries = ids.stream().map(participants::get).filter(Objects::nonNull)
                .map(m -> m.countryCode).toList();
        outbox.record(Change.of(type, SOURCE, partnership.id,
                        PartnershipMapper.toView(partnership, ParticipantLookup.shown(ids, participants), Map.of(), false))
                .concerning(ids, countries));
    }
}
