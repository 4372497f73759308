package org.twintowns.testing.authz;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One write, prepared on fresh data: the request, the municipalities the data belongs to, and a
 * probe of the stored state that must stay the same when the write is refused and change when it
 * succeeds. Optionally the same write with a body that would move the data out of its owners' reach.
 */
public final class WriteTarget {

    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String contentType = "application/json";
    private Object body;
    private Object escapeBody;
    private Set<String> owners = Set.of();
    private Supplier<String> state;
    private boolean hidden;

    private WriteTarget(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static WriteTarget post(String path) {
        return new WriteTarget("POST", path);
    }

    public static WriteTarget put(String path) {
        return new WriteTarget("PUT", path);
    }

    public static WriteTarget delete(String path) {
        return new WriteTarget("DELETE", path);
    }

    /** A JSON body (a String or anything REST Assured serialises). */
    public WriteTarget body(Object body) {
        this.body = body;
        return this;
    }

    /** A body of another type: a String, or a byte[] sent as it is (a multipart form, an image). */
    public WriteTarget body(String contentType, Object body) {
        this.contentType = contentType;
        this.body = body;
        return this;
    }

    public WriteTarget header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public WriteTarget ownedBy(String... municipalityIds) {
        this.owners = Set.of(municipalityIds);
        return this;
    }

    /** A body the owner's editor may not send: it would hand the data to municipalities they do not act for. */
    public WriteTarget escapingWith(Object body) {
        this.escapeBody = body;
        return this;
    }

    /**
     * The data written to is not public (a draft): callers who may not see it are refused as if it did
     * not exist (404), so that the refusal tells them nothing (RFC 9110, section 15.5.4).
     */
    public WriteTarget hiddenFromOthers() {
        this.hidden = true;
        return this;
    }

    /** How to read what the write would change (as an admin sees it). */
    public WriteTarget state(Supplier<String> state) {
        this.state = state;
        return this;
    }

    Set<String> owners() {
        return owners;
    }

    boolean hidden() {
        return hidden;
    }

    boolean canEscape() {
        return escapeBody != null;
    }

    String state() {
        return Objects.requireNonNull(state, "the matrix entry gives no state probe").get();
    }

    Response send(String token, boolean escape) {
        RequestSpecification request = given().headers(headers);
        if (token != null) {
            request.auth().oauth2(token);
        }
        Object payload = escape ? escapeBody : body;
        if (payload instanceof byte[] bytes) {
            // Raw bytes (a multipart form, an upload) go as they are; body(Object) would serialise them.
            request.contentType(contentType).body(bytes);
        } else if (payload != null) {
            request.contentType(contentType).body(payload);
        }
        return request.request(method, path);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
