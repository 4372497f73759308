package org.twintowns.webhooks.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.twintowns.commons.http.PreferWait;
import org.twintowns.webhooks.WebhooksConfig;

/**
 * Reads one page of a service's change feed, {@code GET /api/v1/changes/{source}}, long-polling with
 * {@code Prefer: wait=N}; each entry is read as a CloudEvent 1.0 in the JSON format with the
 * CloudEvents SDK.
 */
@ApplicationScoped
public class FeedClient {

    private static final JsonFormat FORMAT = new JsonFormat();

    @Inject
    WebhooksConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * The page after {@code after}: null for the oldest kept event, {@code now} for an empty page at the
     * feed's head.
     */
    public FeedPage fetch(String source, String after) throws IOException, CursorExpiredException, InterruptedException {
        URI base = config.sources().get(source).url();
        StringBuilder uri = new StringBuilder(base.toString().replaceAll("/+$", ""))
                .append("/api/v1/changes/").append(source).append("?size=").append(config.follow().pageSize());
        if (after != null) {
            uri.append("&after=").append(URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        int wait = Math.min(PreferWait.MAX_SECONDS, config.follow().waitSeconds());
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Accept", "application/json")
                .header(PreferWait.HEADER, "wait=" + wait)
                .timeout(Duration.ofSeconds(wait + 10L))
                .GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 410) {
            throw new CursorExpiredException("the " + source + " feed no longer keeps the events after " + after);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the " + source + " feed answered " + response.statusCode());
        }
        JsonNode page = json.readTree(response.body());
        List<CloudEvent> events = new ArrayList<>();
        for (JsonNode entry : page.path("events")) {
            events.add(FORMAT.deserialize(json.writeValueAsBytes(entry)));
        }
        String next = page.path("next").asText(null);
        if (next == null || next.isEmpty()) {
            throw new IOException("the " + source + " feed answered a page without next");
        }
        boolean waited = response.headers().firstValue(PreferWait.APPLIED).filter(v -> v.startsWith("wait")).isPresent();
        return new FeedPage(events, next, waited);
    }

    /** The event in the JSON format, as it is signed and sent. */
    public static String body(CloudEvent event) {
        return new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
    }
}
