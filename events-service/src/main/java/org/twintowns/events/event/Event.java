package org.twintowns.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.twintowns.commons.persistence.TrackedEntity;

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

    @Column(name = "join_url")
    public String joinUrl;
}
