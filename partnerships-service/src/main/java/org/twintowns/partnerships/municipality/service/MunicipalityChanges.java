package org.twintowns.partnerships.municipality.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.changes.Change;
import org.twintowns.commons.changes.Outbox;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.mapping.MunicipalityMapper;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;

/**
 * What the registry feed tells of municipalities: {@code municipality.created}, {@code .updated} and
 * {@code .merged} (it became part of another; the event concerns both). Joins the caller's transaction.
 */
@ApplicationScoped
public class MunicipalityChanges {

    public static final String SOURCE = "/api/v1/municipalities";
    public static final String CREATED = "municipality.created";
    public static final String UPDATED = "municipality.updated";
    public static final String MERGED = "municipality.merged";
    public static final List<String> TYPES = List.of(CREATED, UPDATED, MERGED);

    @Inject
    Outbox outbox;

    @Inject
    MunicipalityRepository repository;

    public void created(Municipality municipality) {
        record(CREATED, municipality);
    }

    public void updated(Municipality municipality) {
        record(UPDATED, municipality);
    }

    void merged(Municipality merged, Municipality successor) {
        outbox.record(Change.of(MERGED, SOURCE, merged.id, MunicipalityMapper.toView(merged, List.of(), successor))
                .concerning(List.of(merged.id, successor.id), List.of(merged.countryCode, successor.countryCode)));
    }

    private void record(String type, Municipality m) {
        Municipality successor = m.mergedIntoId == null ? null : repository.findById(m.mergedIntoId);
        Set<UUID> concerned = new LinkedHashSet<>(List.of(m.id));
        outbox.record(Change.of(type, SOURCE, m.id, MunicipalityMapper.toView(m, List.of(), successor))
                .concerning(concerned, List.of(m.countryCode)));
    }
}
