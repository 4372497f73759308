package org.twintowns.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.system.FuzzContract.Operation;
import org.twintowns.system.ResourceMaker.Made;

/**
 * Every {@code PUT} of the merged contract, walked as an editor's client would, through the gateway:
 * a record is made from the request example of its create (every field the example fills, with the
 * records it names made too), read, and sent back exactly as a client derives it from the answer,
 * with its ETag: the answer is 200 and nothing is lost. Then each field of the request in turn gets
 * another value the schema allows (the update example's first, see {@link FieldChanges}): the write
 * is taken, the ETag and updatedAt move, and the next read shows the new value. Last, a write with
 * the first ETag is refused with 412: no editor overwrites a change unseen. A field the contract
 * marks {@value #CHANGED_BY} (a status) changes through the operation it names, not here. A new resource joins the
 * walk by having a PUT and request examples in its contract; no test code names it.
 */
@ExtendWith(PlatformExtension.class)
class RoundTripIT {

    private static final String JSON_TYPE = "application/json";
    /** The PUTs of the contract when this walk was written: a contract read wrongly must not walk none. */
    private static final int KNOWN_PUTS = 5;
    /** The extension of a request field that only another operation changes (it names that operation). */
    static final String CHANGED_BY = "x-changed-by";

    @TestFactory
    Stream<DynamicTest> everyReplaceableRecordKeepsWhatItIsSentAndMovesItsVersionOnEveryChange() throws IOException {
        Path root = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
        FuzzContract contract = new FuzzContract(root.resolve("gateway/target/openapi/twintowns-openapi.json"),
                root.resolve("contracts"));
        ResourceMaker maker = new ResourceMaker(contract, UUID.randomUUID().toString().substring(0, 6));
        List<Operation> puts = contract.operations().stream()
                .filter(o -> o.method().equals("PUT") && o.bodies().containsKey(JSON_TYPE)).toList();
        assertTrue(puts.size() >= KNOWN_PUTS, "The merged contract shows " + puts.size() + " PUTs, fewer than "
                + KNOWN_PUTS);
        return puts.stream().map(put -> DynamicTest.dynamicTest(put.name(), () -> walk(contract, maker, put)));
    }

    private static void walk(FuzzContract contract, ResourceMaker maker, Operation put) {
        JsonNode schema = put.bodies().get(JSON_TYPE);
        String collection = put.template().substring(0, put.template().lastIndexOf('/'));
        Made made = maker.full(collection);
        ObjectNode other = maker.example(put);
        maker.resolveReferences(other, collection, "");
        List<String> failures = new ArrayList<>();

        Response read = ResourceMaker.admin().get(made.path());
        read.then().statusCode(200);
        String firstEtag = read.header("ETag");
        if (made.sent() != null) {
            FieldChanges.differences(FieldChanges.derive(made.sent(), schema), FieldChanges.derive(ResourceMaker.read(read),
                    schema), schema, "").forEach(d -> failures.add("created, then read: " + d));
        }

        // Property 1: what a client derives from the answer goes back unchanged.
        State state = new State((ObjectNode) FieldChanges.derive(ResourceMaker.read(read), schema), firstEtag,
                updatedAt(read));
        Response back = put(made.path(), state.etag, state.body);
        if (back.statusCode() != 200) {
            failures.add("sent back as read: " + back.statusCode() + " " + back.asString());
        } else {
            state = reread(made.path(), schema, state.body, "sent back as read", failures, state, back);
        }

        // Property 2: every change moves the version.
        List<String> unchangeable = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode fieldSchema = schema.get("properties").get(field);
            if (fieldSchema.has(CHANGED_BY)) {
                // Changed by an operation of its own (a status with its transitions): PUT only repeats it.
                String operation = fieldSchema.get(CHANGED_BY).asText();
                if (!contract.hasOperation(operation)) {
                    failures.add(field + ": " + CHANGED_BY + " names " + operation + ", which the contract lacks");
                }
                continue;
            }
            List<JsonNode> candidates = FieldChanges.candidates(field, state.body.get(field), fieldSchema,
                    other.get(field), maker::reference);
            if (candidates.isEmpty()) {
                unchangeable.add(field);
                continue;
            }
            State changed = change(made.path(), schema, field, candidates, other, state, failures);
            if (changed == null) {
                continue;
            }
            state = changed;
        }
        if (!unchangeable.isEmpty()) {
            System.out.println("RoundTripIT " + put.name() + ": no value to try for " + unchangeable);
        }

        Response stale = put(made.path(), firstEtag, state.body);
        if (stale.statusCode() != 412) {
            failures.add("a write with the first ETag " + firstEtag + " answered " + stale.statusCode() + ", not 412");
        }
        assertTrue(failures.isEmpty(), put.name() + " (" + made.path() + "):\n  " + String.join("\n  ", failures));
    }

    /** What the walk holds of a record: the body a client derives, its ETag, and when it changed last. */
    private record State(ObjectNode body, String etag, OffsetDateTime updatedAt) {
    }

    /** Tries the candidates of one field until the service takes one; the new state, or null (with a failure noted). */
    private static State change(String path, JsonNode schema, String field, List<JsonNode> candidates, ObjectNode other,
            State state, List<String> failures) {
        List<String> refusals = new ArrayList<>();
        for (JsonNode candidate : candidates) {
            Map<String, JsonNode> change = new LinkedHashMap<>();
            change.put(field, candidate);
            Response answer = put(path, state.etag, FieldChanges.with(state.body, change));
            if (isRefusal(answer)) {
                // Fields that only change together (a country and its subdivision): the refusal names the
                // others, and the update example has values for them that fit.
                for (JsonNode error : ResourceMaker.read(answer).path("errors")) {
                    String named = error.path("field").asText().split("[.\\[/]")[0];
                    if (!named.equals(field) && other.has(named) && !other.get(named).equals(state.body.get(named))) {
                        change.put(named, other.get(named));
                    }
                }
                if (change.size() > 1) {
                    refusals.add(candidate + " -> " + answer.statusCode());
                    answer = put(path, state.etag, FieldChanges.with(state.body, change));
                }
            }
            if (answer.statusCode() == 200) {
                ObjectNode sent = FieldChanges.with(state.body, change);
                String etag = answer.header("ETag");
                if (etag == null || etag.equals(state.etag)) {
                    failures.add(field + " changed to " + change + ": the ETag stayed " + state.etag);
                }
                OffsetDateTime updatedAt = updatedAt(answer);
                if (state.updatedAt != null && (updatedAt == null || !updatedAt.isAfter(state.updatedAt))) {
                    failures.add(field + " changed to " + change + ": updatedAt stayed " + state.updatedAt);
                }
                return reread(path, schema, sent, field + " changed to " + change, failures, state, answer);
            }
            if (!isRefusal(answer)) {
                failures.add(field + " changed to " + change + ": " + answer.statusCode() + " " + answer.asString());
                return null;
            }
            refusals.add(change + " -> " + answer.statusCode() + " " + ResourceMaker.read(answer).path("errors"));
        }
        failures.add(field + ": no other value was taken: " + refusals);
        return null;
    }

    private static boolean isRefusal(Response answer) {
        return answer.statusCode() == 400 || answer.statusCode() == 409 || answer.statusCode() == 422;
    }

    /** Reads the record after a write: what was sent must all be there; the read becomes the new state. */
    private static State reread(String path, JsonNode schema, JsonNode sent, String what, List<String> failures,
            State before, Response written) {
        Response read = ResourceMaker.admin().get(path);
        read.then().statusCode(200);
        ObjectNode body = (ObjectNode) FieldChanges.derive(ResourceMaker.read(read), schema);
        FieldChanges.differences(sent, body, schema, "").forEach(d -> failures.add(what + ", then read: " + d));
        String etag = read.header("ETag");
        if (!etag.equals(written.header("ETag"))) {
            failures.add(what + ": the write answered ETag " + written.header("ETag") + ", the next read " + etag);
        }
        OffsetDateTime updatedAt = updatedAt(read);
        return new State(body, etag, updatedAt == null ? before.updatedAt : updatedAt);
    }

    private static Response put(String path, String etag, JsonNode body) {
        return ResourceMaker.admin().contentType(ContentType.JSON).header("If-Match", etag).body(body.toString()).put(path);
    }

    private static OffsetDateTime updatedAt(Response response) {
        JsonNode updatedAt = ResourceMaker.read(response).path("updatedAt");
        return updatedAt.isTextual() ? OffsetDateTime.parse(updatedAt.asText()) : null;
    }
}
