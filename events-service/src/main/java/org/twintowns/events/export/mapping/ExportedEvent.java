package org.twintowns.events.export.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event as exported and as JSON-LD: what anyone may read of it, never its registrations.
 *
 * @param title by language, as stored
 */
public record ExportedEvent(UUID id, Map<String, String> title, Map<String, String> description, String kind,
                       String status, String attendanceMode, Instant startsAt, Instant endsAt, String timeZone,
                       String venue, String joinUrl, UUID seriesId, OffsetDateTime updatedAt, List<UUID> organizers,
                       List<UUID> participants, List<UUID> partnerships, List<String> topics,
                       Double latitude, Double longitude, String streetAddress, String postalCode,
                       String locality, String country) {
}
