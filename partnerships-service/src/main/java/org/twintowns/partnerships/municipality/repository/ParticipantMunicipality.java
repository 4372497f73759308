package org.twintowns.partnerships.municipality.repository;

import java.util.UUID;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * What a partnership shows of each participating municipality: its name and where it lies. Read from the
 * participant's own row (V18, {@code PartnershipRows}) where a partnership is only shown; issue 21: loading the
 * participants of a list page as entities (an HQL query translated again for every size of its IN list, then
 * hydrated and tracked) took a quarter of the list's time.
 */
public record ParticipantMunicipality(UUID id, String name, String countryCode, String subdivision) {

    public static ParticipantMunicipality of(Municipality m) {
        return new ParticipantMunicipality(m.id, m.name, m.countryCode, m.subdivision);
    }
}
