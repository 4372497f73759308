package org.twintowns.partnerships.partnership.repository;

import java.util.List;
import java.util.UUID;
import org.twintowns.partnerships.partnership.Partnership;

/**
 * The filters a client can combine when listing, mapping or counting partnerships; null means
 * "any". {@code ids} keeps only those partnerships; {@code country} with {@code partnerCountry} asks for a participant in one and another
 * participant in the other; founded years are inclusive.
 */
public record PartnershipFilter(
        List<UUID> ids,
        UUID municipality,
        String country,
        String partnerCountry,
        String state,
        Partnership.Type type,
        Partnership.Status status,
        String topic,
        Integer foundedFrom,
        Integer foundedTo) {

    public static PartnershipFilter none() {
        return new PartnershipFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
