package org.twintowns.events.export.mapping;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.export.CsvColumn;
import org.twintowns.commons.export.CsvWriter;
import org.twintowns.commons.export.Node;
import org.twintowns.commons.export.Source;

/**
 * An event as a CSV row and as a schema.org Event: the bulk export's and the one a city's website
 * embeds ({@code Accept: application/ld+json} on the event). Times carry the offset of the event's
 * own time zone, as schema.org asks.
 */
public final class EventExport {

    /** The language a title is shown in when it has several: German first, the platform's public's language. */
    private static final List<String> PREFERRED = List.of("de", "en");
    private static final String SCHEMA = "https://schema.org/";

    public static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("id", "string", "The event's id (UUID)"),
            CsvColumn.of("title", "string", "Its title, in German where it has one, else English, else the first"),
            CsvColumn.of("title_language", "string", "The language of title (ISO 639)"),
            CsvColumn.list("other_titles", "string", " | ", "Its titles in other languages, each as language: title"),
            CsvColumn.of("kind", "string", "CONFERENCE, SUMMER_SCHOOL, DELEGATION_VISIT, WORKSHOP, ONLINE_DISCUSSION, "
                    + "FORUM, SPORTS, CULTURE or OTHER"),
            CsvColumn.of("status", "string", "SCHEDULED, POSTPONED, CANCELLED, MOVED_ONLINE or COMPLETED"),
            CsvColumn.of("attendance_mode", "string", "IN_PERSON, ONLINE or HYBRID"),
            CsvColumn.of("starts_at", "dateTime", "Start, with the offset of the event's time zone"),
            CsvColumn.of("ends_at", "dateTime", "End, with the offset of the event's time zone"),
            CsvColumn.of("time_zone", "string", "IANA time zone where it takes place"),
            CsvColumn.of("venue", "string", "Where it takes place"),
            CsvColumn.of("venue_latitude", "double", "The venue's latitude (WGS 84), if known"),
            CsvColumn.of("venue_longitude", "double", "The venue's longitude (WGS 84), if known"),
            CsvColumn.of("venue_street_address", "string", "The venue's street and number"),
            CsvColumn.of("venue_postal_code", "string", "The venue's postal code"),
            CsvColumn.of("venue_locality", "string", "The venue's town or city"),
            CsvColumn.of("venue_country", "string", "The venue's country (ISO 3166-1 alpha-2)"),
            CsvColumn.of("join_url", "anyURI", "Where to join online"),
            CsvColumn.list("organizer_ids", "string", " | ", "The municipalities that run it (ids in the registry)"),
            CsvColumn.list("participant_ids", "string", " | ", "The municipalities that take part"),
            CsvColumn.list("partnership_ids", "string", " | ", "The partnerships it belongs to"),
            CsvColumn.list("topics", "string", " | ", "What it is about"),
            CsvColumn.of("series_id", "string", "The series it belongs to (a yearly summer school)"),
            CsvColumn.of("updated_at", "dateTime", "When the record last changed"),
            CsvColumn.of("url", "anyURI", "The event in the platform's API"),
            CsvColumn.list("sources", "string", " ", "Where it comes from: twintowns"),
            CsvColumn.list("licences", "string", " ", "The licences of those sources: CC-BY-4.0"));

    private EventExport() {
    }

    public static void csv(CsvWriter csv, ExportedEvent e, URI base) throws IOException {
        String language = primary(e.title());
        List<String> others = e.title().entrySet().stream().filter(t -> !t.getKey().equals(language))
                .map(t -> t.getKey() + ": " + t.getValue()).sorted().toList();
        csv.cell(e.id()).cell(e.title().get(language)).cell(language).cells(others).cell(e.kind()).cell(e.status())
                .cell(e.attendanceMode()).cell(local(e, e.startsAt())).cell(local(e, e.endsAt())).cell(e.timeZone())
                .cell(e.venue()).cell(e.latitude()).cell(e.longitude()).cell(e.streetAddress())
                .cell(e.postalCode()).cell(e.locality()).cell(e.country()).cell(e.joinUrl()).cells(e.organizers()).cells(e.participants())
                .cells(e.partnerships()).cells(e.topics()).cell(e.seriesId()).cell(e.updatedAt()).cell(url(base, e))
                .cells(List.of(Source.TWINTOWNS.id())).cells(List.of(Source.TWINTOWNS.licence().id)).endRow();
    }

    /**
     * The schema.org Event: a Place with the venue for an event on site, a VirtualLocation with the join
     * URL for one online, both for a hybrid one; eventStatus and eventAttendanceMode from schema.org's
     * enumerations (a completed event took place as scheduled: EventScheduled; one moved online is
     * attended online whatever mode it was planned with).
     */
    public static Node node(ExportedEvent e, URI base) {
        String language = primary(e.title());
        boolean online = e.status().equals("MOVED_ONLINE") || e.attendanceMode().equals("ONLINE");
        String mode = online ? "OnlineEventAttendanceMode"
                : e.attendanceMode().equals("HYBRID") ? "MixedEventAttendanceMode" : "OfflineEventAttendanceMode";
        List<Node> locations = new ArrayList<>();
        if (e.venue() != null && !online) {
            Node address = e.locality() == null
                    ? Node.typed("PostalAddress", null).with("streetAddress", e.venue())
                    : Node.typed("PostalAddress", null).with("streetAddress", e.streetAddress())
                            .with("postalCode", e.postalCode()).with("addressLocality", e.locality())
                            .with("addressCountry", e.country());
            locations.add(Node.typed("Place", null).with("name", e.venue()).with("address", address)
                    .with("geo", e.latitude() == null ? null : Node.typed("GeoCoordinates", null)
                            .with("latitude", e.latitude()).with("longitude", e.longitude())));
        }
        if (e.joinUrl() != null && !mode.equals("OfflineEventAttendanceMode")) {
            locations.add(Node.typed("VirtualLocation", null).with("url", e.joinUrl()));
        }
        List<Map<String, String>> otherNames = e.title().entrySet().stream()
                .filter(t -> !t.getKey().equals(language))
                .map(t -> Map.of("@value", t.getValue(), "@language", t.getKey())).toList();
        String descriptionLanguage = e.description().containsKey(language) ? language : primary(e.description());
        return Node.typed("Event", url(base, e))
                .with("identifier", e.id().toString())
                .with("name", e.title().get(language))
                .with("alternateName", otherNames)
                .with("inLanguage", language)
                .with("description", descriptionLanguage == null ? null : e.description().get(descriptionLanguage))
                .with("startDate", ISO_OFFSET_DATE_TIME.format(local(e, e.startsAt())))
                .with("endDate", ISO_OFFSET_DATE_TIME.format(local(e, e.endsAt())))
                .with("eventStatus", SCHEMA + status(e.status()))
                .with("eventAttendanceMode", SCHEMA + mode)
                .with("location", locations.size() == 1 ? locations.get(0) : locations)
                .with("organizer", e.organizers().stream().map(id -> municipality(base, id)).toList())
                .with("contributor", e.participants().stream().map(id -> municipality(base, id)).toList())
                .with("keywords", e.topics())
                .with("superEvent", e.seriesId() == null ? null
                        : Node.typed("EventSeries", base.resolve("api/v1/events/series/" + e.seriesId()).toString()))
                .with("url", url(base, e))
                .with("license", Source.TWINTOWNS.licence().url);
    }

    private static Node municipality(URI base, UUID id) {
        String url = base.resolve("api/v1/municipalities/" + id).toString();
        return Node.typed("GovernmentOrganization", url).with("url", url);
    }

    private static String status(String status) {
        return switch (status) {
            case "POSTPONED" -> "EventPostponed";
            case "CANCELLED" -> "EventCancelled";
            case "MOVED_ONLINE" -> "EventMovedOnline";
            default -> "EventScheduled";
        };
    }

    private static OffsetDateTime local(ExportedEvent e, Instant at) {
        return at.atZone(ZoneId.of(e.timeZone())).toOffsetDateTime();
    }

    /** German where there is a text in German, else English, else the first language in order. */
    static String primary(Map<String, String> texts) {
        for (String language : PREFERRED) {
            if (texts.containsKey(language)) {
                return language;
            }
        }
        return texts.keySet().stream().sorted().findFirst().orElse(null);
    }

    public static String url(URI base, ExportedEvent e) {
        return base.resolve("api/v1/events/" + e.id()).toString();
    }
}
