package org.twintowns.testing.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of CloudEvents 1.0 (core specification and JSON event format) that a structured JSON event
 * must keep, written from the specification, independent of the SDK that writes our events: the
 * required context attributes and their types, RFC 3339 times, attribute names of lowercase letters
 * and digits, and JSON data as a JSON value when the content type is JSON. Plus what our events add:
 * a subject and a 19-digit sequence (the sequence extension).
 */
public final class CloudEventRules {

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]{1,20}");
    private static final Set<String> CORE = Set.of("specversion", "id", "source", "type", "datacontenttype",
            "dataschema", "subject", "time", "data", "data_base64");

    private CloudEventRules() {
    }

    public static void check(Map<String, Object> event) {
        String text = String.valueOf(event);
        assertEquals("1.0", event.get("specversion"), text);
        for (String required : new String[] {"id", "source", "type"}) {
            assertInstanceOf(String.class, event.get(required), required + " in " + text);
            assertTrue(!((String) event.get(required)).isEmpty(), required + " is empty in " + text);
        }
        assertNotNull(URI.create((String) event.get("source")), text);
        // RFC 3339 (JSON format section 2.2 maps Timestamp to an RFC 3339 string).
        OffsetDateTime.parse((String) event.get("time"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertEquals("application/json", event.get("datacontenttype"), text);
        // A JSON content type: data is the JSON value itself, not a string holding it (JSON format 3.1.1).
        assertInstanceOf(Map.class, event.get("data"), "data in " + text);
        assertTrue(!event.containsKey("data_base64"), text);
        for (String name : event.keySet()) {
            if (!CORE.contains(name)) {
                assertTrue(ATTRIBUTE_NAME.matcher(name).matches(), "extension attribute name " + name);
                assertInstanceOf(String.class, event.get(name), name + " in " + text);
            }
        }
        assertInstanceOf(String.class, event.get("subject"), text);
        assertTrue(((String) event.get("sequence")).matches("[0-9]{19}"), "sequence in " + text);
    }
}
