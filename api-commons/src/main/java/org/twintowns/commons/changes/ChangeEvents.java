package org.twintowns.commons.changes;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A change as a CloudEvents 1.0 event in the JSON format, written with the CloudEvents Java SDK, with
 * three extension attributes: {@code sequence} (the CloudEvents sequence extension: the event's position
 * in its feed, zero-padded so that comparing the strings orders the events), {@code municipalities} and
 * {@code countries} (space-separated ids and ISO 3166-1 codes of what the change concerns, for filters).
 */
public final class ChangeEvents {

    public static final String SPEC_VERSION = "1.0";
    /** The JSON format's media type, for a single event (RFC: CloudEvents JSON Event Format 1.0). */
    public static final String MEDIA_TYPE = JsonFormat.CONTENT_TYPE;
    public static final String SEQUENCE = "sequence";
    public static final String MUNICIPALITIES = "municipalities";
    public static final String COUNTRIES = "countries";

    private static final JsonFormat FORMAT = new JsonFormat();

    private ChangeEvents() {
    }

    /** The sequence attribute of a position: 19 digits, the most a position can have. */
    public static String sequence(long position) {
        return String.format("%019d", position);
    }

    static String json(UUID id, long position, Change change, byte[] data) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(URI.create(change.source()))
                .withType(change.type())
                .withSubject(change.subject().toString())
                .withTime(change.time())
                .withData("application/json", data)
                .withExtension(SEQUENCE, sequence(position));
        if (!change.municipalities().isEmpty()) {
            event.withExtension(MUNICIPALITIES, change.municipalitiesAttribute());
        }
        if (!change.countries().isEmpty()) {
            event.withExtension(COUNTRIES, change.countriesAttribute());
        }
        CloudEvent built = event.build();
        return new String(FORMAT.serialize(built), StandardCharsets.UTF_8);
    }
}
