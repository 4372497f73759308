package org.twintowns.events.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.events.series.EventSeries;

/** A conference, summer school, delegation visit or other event around municipal partnerships. */
@Entity
public class Event extends TrackedEntity {

    // Schema names carry the feature: the gateway merges all services' contracts into one.

    /** What sort of event it is. */
    @Schema(name = "EventKind")
    public enum Kind {
        CONFERENCE, SUMMER_SCHOOL, DELEGATION_VISIT, WORKSHOP, ONLINE_DISCUSSION, FORUM, SPORTS, CULTURE, OTHER
    }

    /** Where the event stands; a new event is always scheduled. */
    @Schema(name = "EventStatus")
    public enum Status { SCHEDULED, POSTPONED, CANCELLED, MOVED_ONLINE, COMPLETED }

    /** How people take part: on site, online, or either. */
    @Schema(name = "AttendanceMode")
    public enum AttendanceMode { IN_PERSON, ONLINE, HYBRID }

    /** Title by ISO 639 language code, such as {@code {"de": "...", "en": "..."}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_mode", nullable = false)
    public AttendanceMode attendanceMode;

    /** Stored as an instant; {@link #timeZone} says how to show it. */
    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** IANA zone id where the event takes place, such as Europe/Berlin. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public String venue;

    /** WGS 84 position of the venue; both or neither. */
    @Column(name = "venue_latitude")
    public Double venueLatitude;

    @Column(name = "venue_longitude")
    public Double venueLongitude;

    /** The venue's postal address in schema.org PostalAddress parts; locality and country, or nothing. */
    @Column(name = "venue_street_address")
    public String venueStreetAddress;

    @Column(name = "venue_postal_code")
    public String venuePostalCode;

    @Column(name = "venue_locality")
    public String venueLocality;

    @Column(name = "venue_country", length = 2)
    public String venueCountry;

    @Column(name = "join_url")
    public String joinUrl;

    /** Description by ISO 639 language code; may be empty. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    /** Counts every change of the event, for iCalendar SEQUENCE; starts at 0. */
    @Column(nullable = false)
    public int sequence;

    @ManyToOne
    @JoinColumn(name = "series_id")
    public EventSeries series;

    /** Municipality ids (partnerships service) that run the event; editors act for them. */
    @ElementCollection
    @CollectionTable(name = "event_organizer", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "municipality_id")
    public Set<UUID> organizers = new LinkedHashSet<>();

    /** Municipality ids (partnerships service) that take part. */
    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "municipality_id")
    public Set<UUID> participants = new LinkedHashSet<>();

    /** Countries of the organizers and participants, as partnerships-service said when the event was written. */
    @ElementCollection
    @CollectionTable(name = "event_country", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "country", length = 2)
    public Set<String> countries = new LinkedHashSet<>();

    /** Partnership ids (partnerships service) the event belongs to. */
    @ElementCollection
    @CollectionTable(name = "event_partnership", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "partnership_id")
    public Set<UUID> partnerships = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "topic")
    public Set<String> topics = new LinkedHashSet<>();

    /** The agenda in order. */
    @ElementCollection
    @CollectionTable(name = "event_session", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventSession> sessions = new ArrayList<>();

    /** Every status the event has had, oldest first; the last is {@link #status}. */
    @ElementCollection
    @CollectionTable(name = "event_status_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<StatusChange> statusHistory = new ArrayList<>();

    @Column(name = "registration_open", nullable = false)
    public boolean registrationOpen;

    @Column(name = "registration_deadline")
    public Instant registrationDeadline;

    /** Seats; null means no limit. */
    @Column(name = "registration_capacity")
    public Integer registrationCapacity;

    /** Lower-case title and description texts, kept by the database for free-text search. */
    @Column(name = "search_text", insertable = false, updatable = false, columnDefinition = "text")
    public String searchText;

    /**
     * Whether the event has a place on a map: coordinates, and people can come. An event moved online keeps
     * its venue on record, but a map must not send anyone there.
     */
    public boolean hasPoint() {
        return hasPoint(venueLatitude, venueLongitude, attendanceMode);
    }

    /** {@link #hasPoint()} of an event read as columns. */
    public static boolean hasPoint(Double latitude, Double longitude, AttendanceMode mode) {
        return latitude != null && longitude != null && mode != AttendanceMode.ONLINE;
    }
}
