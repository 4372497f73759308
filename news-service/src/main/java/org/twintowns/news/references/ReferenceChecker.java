package org.twintowns.news.references;

import static org.twintowns.commons.reference.RemoteCollection.EVENTS;
import static org.twintowns.commons.reference.RemoteCollection.MUNICIPALITIES;
import static org.twintowns.commons.reference.RemoteCollection.PARTNERSHIPS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.reference.References;

/**
 * Checks an item's references with the services that own them, before anything is written (api-commons
 * {@link References}): unknown ones answer 422 naming each field, an unreachable service 503 with
 * Retry-After.
 */
@ApplicationScoped
public class ReferenceChecker {

    @Inject
    References references;

    public void check(UUID issuerMunicipalityId, List<UUID> relatedMunicipalityIds, List<UUID> relatedPartnershipIds,
                      List<UUID> relatedEventIds) {
        references.check()
                .one("issuerMunicipalityId", MUNICIPALITIES, issuerMunicipalityId)
                .each("relatedMunicipalityIds", MUNICIPALITIES, relatedMunicipalityIds)
                .each("relatedPartnershipIds", PARTNERSHIPS, relatedPartnershipIds)
                .each("relatedEventIds", EVENTS, relatedEventIds)
                .verify();
    }
}
