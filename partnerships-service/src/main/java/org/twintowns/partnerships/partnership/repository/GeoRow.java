package org.twintowns.partnerships.partnership.repository;

import java.time.LocalDate;
import java.util.UUID;
import org.twintowns.partnerships.partnership.Partnership;

/** One participant of one partnership, with what a map needs; coordinates may be missing. */
public record GeoRow(
        UUID partnershipId,
        Partnership.Type type,
        Partnership.Status status,
        LocalDate establishedOn,
        String title,
        UUID municipalityId,
        String municipalityName,
        Double latitude,
        Double longitude) {

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
