package org.twintowns.webhooks.delivery.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.twintowns.webhooks.subscription.EventTypes;
import org.twintowns.webhooks.subscription.Subscription;

/** The events webhooks-service makes itself: {@value EventTypes#WEBHOOK_DISABLED}, as CloudEvents 1.0 in JSON. */
final class Notices {

    static final URI SOURCE = URI.create("/api/v1/webhooks");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFormat FORMAT = new JsonFormat();

    private Notices() {
    }

    /** The notice that a subscription was disabled: its id, URL, reason and time. */
    static String disabled(Subscription s) {
        ObjectNode data = JSON.createObjectNode()
                .put("id", s.id.toString())
                .put("url", s.url)
                .put("reason", s.disabledReason)
                .put("disabledAt", s.disabledAt == null ? null : s.disabledAt.toString());
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(SOURCE)
                .withType(EventTypes.WEBHOOK_DISABLED)
                .withSubject(s.id.toString())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(data.toString().getBytes(StandardCharsets.UTF_8))
                .build();
        return new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
    }

    static String id(String notice) {
        return FORMAT.deserialize(notice.getBytes(StandardCharsets.UTF_8)).getId();
    }
}
