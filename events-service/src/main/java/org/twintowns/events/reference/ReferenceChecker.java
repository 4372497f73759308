package org.twintowns.events.reference;

import static org.twintowns.commons.reference.RemoteCollection.MUNICIPALITIES;
import static org.twintowns.commons.reference.RemoteCollection.PARTNERSHIPS;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.twintowns.commons.reference.References;
import org.twintowns.commons.reference.ReferencesUnavailableException;

/**
 * Checks an event's references with partnerships-service before anything is written (api-commons
 * {@link References}): unknown ones give 422 naming each field ({@code organizers[0]}), an
 * unreachable partnerships service gives 503 with Retry-After.
 */
@ApplicationScoped
public class ReferenceChecker {

    @Inject
    References references;

    /**
     * Checks every reference with partnerships-service.
     *
     * @return the countries of the organizing and participating municipalities
     */
    public Set<String> check(List<UUID> organizers, List<UUID> participants, List<UUID> partnerships) {
        var found = references.check()
                .each("organizers", MUNICIPALITIES, organizers)
                .each("participants", MUNICIPALITIES, participants)
                .each("partnerships", PARTNERSHIPS, partnerships)
                .verify();
        Set<String> countries = new TreeSet<>();
        for (JsonNode municipality : found.records(MUNICIPALITIES)) {
            // Every municipality has a country; an answer without one is not the partnerships service's.
            String country = municipality.path("country").asText(null);
            if (country == null) {
                throw new ReferencesUnavailableException(MUNICIPALITIES.owner());
            }
            countries.add(country);
        }
        return countries;
    }
}
