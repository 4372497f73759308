package org.twintowns.webhooks.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The types a subscription may ask for are exactly the webhook messages of the events' AsyncAPI document
 * (which the build writes from the services' feeds, plus webhook.disabled): a type the feeds gain or lose
 * fails here until this service knows it.
 */
class EventTypesContractTest {

    @Test
    void shouldOfferExactlyTheTypesOfTheEventsContract() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("..", "contracts", "twintowns-events.asyncapi.yaml").toFile());
        Set<String> documented = new TreeSet<>();
        document.path("channels").path("webhook").path("messages").fieldNames().forEachRemaining(key -> {
            String ref = document.path("channels").path("webhook").path("messages").path(key).path("$ref").asText();
            String message = ref.substring(ref.lastIndexOf('/') + 1);
            documented.add(document.path("components").path("messages").path(message).path("name").asText());
        });
        assertEquals(documented, new TreeSet<>(EventTypes.ALL));
    }
}
