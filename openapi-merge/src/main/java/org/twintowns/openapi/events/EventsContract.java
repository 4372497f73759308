package org.twintowns.openapi.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the AsyncAPI 3.0 document of the platform's events from the merged OpenAPI document, so that
 * it cannot say something else than the services: every change feed operation (an operation with
 * {@value #EVENT_TYPES}) becomes a channel whose messages are its event types, each a CloudEvent whose
 * {@code data} is the named schema of the OpenAPI document (copied with every schema it refers to), and
 * every type is also a message of the webhook channel, delivered as Standard Webhooks describe.
 */
public final class EventsContract {

    /** The operation extension that lists a feed's event types: {@code [{type, data, summary}]}. */
    public static final String EVENT_TYPES = "x-event-types";
    /** The {@code data} of a type that tells only that a resource is gone from public view. */
    public static final String TOMBSTONE = "Tombstone";
    private static final String WEBHOOK_DISABLED_DATA = "WebhookDisabledData";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SCHEMAS = "#/components/schemas/";

    private EventsContract() {
    }

    public static ObjectNode write(JsonNode openApi, String version) {
        ObjectNode doc = JSON.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "TwinTowns change events");
        info.put("version", version);
        info.put("description", """
                What changed in the registry, in events and in press releases, as CloudEvents 1.0 events: in each \
                service's change feed (GET with a cursor, long polling with Prefer: wait=N), and delivered to \
                webhook subscribers signed as Standard Webhooks 1.0 describe (webhook-id, webhook-timestamp, \
                webhook-signature = v1,base64(HMAC-SHA256(secret, id.timestamp.body))). Only what anonymous readers \
                may see is in an event. Events about one resource come in the order they happened; an event's id \
                (the webhook-id) is the same on every delivery of it, so a receiver drops repeats by it.""");
        info.putObject("contact").put("name", "TwinTowns").put("url", "https://twintowns.org");
        info.putArray("tags").addObject().put("name", "changes")
                .put("description", "Change feeds and webhooks: what changed, once committed");
        doc.put("defaultContentType", "application/json");
        ObjectNode servers = doc.putObject("servers");
        ObjectNode gateway = servers.putObject("gateway");
        gateway.put("host", "localhost:8080");
        gateway.put("protocol", "http");
        gateway.put("description", "The gateway: the change feeds, under /api/v1/changes (the host is that of a "
                + "local platform; behind it, the deployment's own)");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEvent", cloudEvent());
        schemas.set(TOMBSTONE, tombstone());

        Set<String> dataSchemas = new TreeSet<>();
        ArrayNode webhookMessages = JSON.arrayNode();
        ObjectNode webhookChannelMessages = JSON.objectNode();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            if (!get.has(EVENT_TYPES)) {
                continue;
            }
            String channelName = get.path("operationId").asText().replaceFirst("^get", "");
            channelName = Character.toLowerCase(channelName.charAt(0)) + channelName.substring(1);
            ObjectNode channel = channels.putObject(channelName);
            channel.put("address", path.getKey());
            channel.put("title", get.path("summary").asText());
            channel.put("description", get.path("description").asText());
            channel.putArray("servers").addObject().put("$ref", "#/servers/gateway");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("send" + Character.toUpperCase(channelName.charAt(0))
                    + channelName.substring(1));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channelName);
            operation.put("summary", "A change committed in the service that owns " + path.getKey());
            operation.put("description", "Each change is in the feed once the write that made it committed, in "
                    + "commit order; a client reads it with GET " + path.getKey() + "?after=<cursor>, "
                    + "Prefer: wait=N to long-poll.");
            operation.putObject("bindings").putObject("http").put("method", "GET");
            ArrayNode operationMessages = operation.putArray("messages");
            for (JsonNode eventType : get.path(EVENT_TYPES)) {
                String type = eventType.path("type").asText();
                String data = eventType.path("data").asText();
                String key = messageKey(type);
                if (!TOMBSTONE.equals(data)) {
                    if (!openApi.path("components").path("schemas").has(data)) {
                        throw new IllegalStateException(type + " names data schema " + data + ", which "
                                + "the OpenAPI document does not have");
                    }
                    dataSchemas.add(data);
                }
                schemas.set(key, event(type, data));
                messages.set(key, message(type, eventType.path("summary").asText(), key));
                channelMessages.putObject(key).put("$ref", "#/components/messages/" + key);
                operationMessages.addObject().put("$ref", "#/channels/" + channelName + "/messages/" + key);
                webhookChannelMessages.putObject(key).put("$ref", "#/components/messages/webhook." + key);
                messages.set("webhook." + key, webhookMessage(type, eventType.path("summary").asText(), key));
                webhookMessages.addObject().put("$ref", "#/channels/webhook/messages/" + key);
            }
        }
        // The webhook channel's own type: told to a subscriber's other subscriptions (webhooks-service).
        schemas.set(WEBHOOK_DISABLED_DATA, webhookDisabled());
        ObjectNode notice = cloudEvent();
        notice.put("description", "A CloudEvents 1.0 event that webhooks-service makes itself: in no feed, so with no "
                + "sequence");
        ArrayNode required = notice.putArray("required");
        cloudEvent().path("required").forEach(r -> {
            if (!r.asText().equals("sequence")) {
                required.add(r);
            }
        });
        schemas.set("WebhookNotice", notice);
        ObjectNode disabled = event("webhook.disabled", WEBHOOK_DISABLED_DATA);
        ((ObjectNode) disabled.path("allOf").path(0)).put("$ref", SCHEMAS + "WebhookNotice");
        schemas.set("WebhookDisabled", disabled);
        messages.set("webhook.WebhookDisabled", webhookMessage("webhook.disabled",
                "One of the owner's subscriptions was disabled; sent to their other subscriptions that ask for it",
                "WebhookDisabled"));
        webhookChannelMessages.putObject("WebhookDisabled").put("$ref", "#/components/messages/webhook.WebhookDisabled");
        webhookMessages.addObject().put("$ref", "#/channels/webhook/messages/WebhookDisabled");
        ObjectNode webhook = channels.putObject("webhook");
        webhook.put("address", "{subscriberUrl}");
        webhook.put("title", "Webhook deliveries");
        webhook.put("description", "A POST of one event to the HTTPS endpoint of a subscription (POST "
                + "/api/v1/webhooks/subscriptions), with the types and filters it asked for, signed with its secret. "
                + "A 2xx answer within the timeout acknowledges it; anything else is retried with growing back-off "
                + "for more than a day, then the subscription is disabled. No redirect is followed.");
        webhook.putObject("parameters").putObject("subscriberUrl")
                .put("description", "The URL the subscription registered");
        webhook.set("messages", webhookChannelMessages);
        ObjectNode deliver = operations.putObject("deliverWebhook");
        deliver.put("action", "send");
        deliver.putObject("channel").put("$ref", "#/channels/webhook");
        deliver.put("summary", "Deliver an event to a subscriber, signed (Standard Webhooks 1.0)");
        deliver.put("description", "At least once: retried until a 2xx; the webhook-id is the event's id, the same "
                + "on every attempt, so that a receiver drops repeats. Events about one resource are delivered in "
                + "the order they happened.");
        deliver.putObject("bindings").putObject("http").put("method", "POST");
        deliver.set("messages", webhookMessages);
        schemas.set("WebhookHeaders", webhookHeaders());

        copySchemas(openApi.path("components").path("schemas"), dataSchemas, schemas);
        return doc;
    }

    /** A message key and schema name for a type: {@code municipality.created} → {@code MunicipalityCreated}. */
    static String messageKey(String type) {
        StringBuilder key = new StringBuilder();
        for (String part : type.split("[.-]")) {
            key.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return key.toString();
    }

    private static ObjectNode message(String type, String summary, String key) {
        ObjectNode message = JSON.objectNode();
        message.put("name", type);
        message.put("title", type);
        message.put("summary", summary);
        message.put("contentType", "application/json");
        message.putObject("payload").put("$ref", SCHEMAS + key);
        return message;
    }

    private static ObjectNode webhookMessage(String type, String summary, String key) {
        ObjectNode message = message(type, summary, key);
        message.put("contentType", "application/cloudevents+json");
        message.putObject("headers").put("$ref", SCHEMAS + "WebhookHeaders");
        return message;
    }

    private static ObjectNode event(String type, String data) {
        ObjectNode schema = JSON.objectNode();
        ArrayNode allOf = schema.putArray("allOf");
        allOf.addObject().put("$ref", SCHEMAS + "CloudEvent");
        ObjectNode own = allOf.addObject();
        own.put("type", "object");
        ObjectNode properties = own.putObject("properties");
        properties.putObject("type").put("const", type);
        properties.putObject("data").put("$ref", SCHEMAS + data);
        return schema;
    }

    private static ObjectNode cloudEvent() {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        schema.put("description", "A CloudEvents 1.0 event in the JSON event format");
        ArrayNode required = schema.putArray("required");
        for (String name : new String[] {"specversion", "id", "source", "type", "subject", "time",
                "datacontenttype", "sequence", "data"}) {
            required.add(name);
        }
        ObjectNode p = schema.putObject("properties");
        p.putObject("specversion").put("type", "string").put("const", "1.0");
        p.putObject("id").put("type", "string").put("format", "uuid")
                .put("description", "Unique id of the event; the webhook-id of its deliveries");
        p.putObject("source").put("type", "string").put("format", "uri-reference")
                .put("description", "The collection of the resource, e.g. /api/v1/municipalities");
        p.putObject("type").put("type", "string").put("description", "What happened");
        p.putObject("subject").put("type", "string").put("format", "uuid")
                .put("description", "The id of the resource: source/subject is its path");
        p.putObject("time").put("type", "string").put("format", "date-time")
                .put("description", "When the change happened (RFC 3339)");
        p.putObject("datacontenttype").put("type", "string").put("const", "application/json");
        p.putObject("sequence").put("type", "string").put("pattern", "^[0-9]{19}$")
                .put("description", "Position in the service's feed (CloudEvents sequence extension): comparing the "
                        + "strings orders the events; usable as the feed's after");
        p.putObject("municipalities").put("type", "string")
                .put("description", "Space-separated ids of the municipalities the change concerns");
        p.putObject("countries").put("type", "string").put("pattern", "^[A-Z]{2}( [A-Z]{2})*$")
                .put("description", "Space-separated ISO 3166-1 alpha-2 codes of their countries");
        p.putObject("data").put("type", "object");
        return schema;
    }

    private static ObjectNode tombstone() {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        schema.put("description", "What remains public of a resource that left public view: its id, slug and status");
        schema.putArray("required").add("id");
        ObjectNode p = schema.putObject("properties");
        p.putObject("id").put("type", "string").put("format", "uuid");
        p.putObject("slug").put("type", "string");
        p.putObject("status").put("type", "string");
        return schema;
    }

    private static ObjectNode webhookDisabled() {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        schema.put("description", "The disabled subscription: why and since when (POST /api/v1/webhooks/{id}/enable "
                + "makes it active again)");
        schema.putArray("required").add("id").add("url").add("reason").add("disabledAt");
        ObjectNode p = schema.putObject("properties");
        p.putObject("id").put("type", "string").put("format", "uuid");
        p.putObject("url").put("type", "string").put("format", "uri");
        p.putObject("reason").put("type", "string");
        p.putObject("disabledAt").put("type", "string").put("format", "date-time");
        return schema;
    }

    private static ObjectNode webhookHeaders() {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        schema.put("description", "Standard Webhooks 1.0 headers");
        schema.putArray("required").add("webhook-id").add("webhook-timestamp").add("webhook-signature");
        ObjectNode p = schema.putObject("properties");
        p.putObject("webhook-id").put("type", "string")
                .put("description", "The event's id: the same on every attempt and redelivery, to drop repeats");
        p.putObject("webhook-timestamp").put("type", "string").put("pattern", "^[0-9]+$")
                .put("description", "Seconds since the epoch when the attempt was signed; refuse old ones");
        p.putObject("webhook-signature").put("type", "string")
                .put("pattern", "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$")
                .put("description", "Space-separated v1,<base64 HMAC-SHA256 of id.timestamp.body> signatures, one "
                        + "per valid secret (two while a secret is being rotated)");
        return schema;
    }

    /** Copies the named schemas and every schema they refer to, as they are. */
    private static void copySchemas(JsonNode from, Set<String> names, ObjectNode to) {
        Deque<String> pending = new ArrayDeque<>(names);
        Set<String> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            JsonNode schema = from.path(name);
            if (schema.isMissingNode()) {
                throw new IllegalStateException("The OpenAPI document has no schema " + name);
            }
            to.set(name, schema.deepCopy());
            schema.findValues("$ref").forEach(ref -> {
                if (ref.asText().startsWith(SCHEMAS)) {
                    pending.push(ref.asText().substring(SCHEMAS.length()));
                }
            });
        }
    }
}
