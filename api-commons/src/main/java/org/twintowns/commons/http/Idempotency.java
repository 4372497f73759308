package org.twintowns.commons.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.persistence.UniqueViolations;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.security.Caller;

/**
 * Makes a POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the first request with
 * an {@code Idempotency-Key} is processed and its answer stored; a retry with the same key and the
 * same request gets that answer again ({@code Idempotent-Replayed: true}) and creates nothing; the
 * same key with another request is 422; a retry while the first is still running is 409. Keys
 * belong to the caller (the token's subject) and are kept for 24 hours.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final ProblemType KEY_REUSED = ProblemType.of("idempotency-key-reused", "Idempotency key reused");
    public static final ProblemType IN_PROGRESS = ProblemType.of("idempotency-key-in-progress",
            "Request with this idempotency key in progress");
    /** The longest key accepted (visible ASCII only, see {@link #KEY_PATTERN}). */
    public static final int MAX_KEY_LENGTH = 255;
    public static final String KEY_PATTERN = "[\\x21-\\x7e]+";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1," + MAX_KEY_LENGTH + "}");

    @Inject
    Instance<DataSource> dataSources;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /**
     * Runs {@code create} once per key; without a key it simply runs it.
     *
     * @param key  the Idempotency-Key header, or null
     * @param path the request path, part of what a key is bound to
     * @param body the request body as received (its JSON form), part of what a key is bound to
     */
    public RestResponse<?> once(String key, String path, Object body, Supplier<RestResponse<?>> create) {
        if (key == null) {
            return create.get();
        }
        if (!SANE.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String scope = caller.isAuthenticated() ? caller.subject() : "anonymous";
        String fingerprint = fingerprint(path, body);
        Stored stored = claim(key, scope, fingerprint);
        if (stored != null) {
            return replay(stored, fingerprint);
        }
        RestResponse<?> response;
        try {
            response = create.get();
        } catch (RuntimeException e) {
            // A refused request leaves nothing behind: the client may fix it and retry with the same key.
            release(key, scope);
            throw e;
        }
        store(key, scope, response);
        return response;
    }

    private record Stored(String fingerprint, Integer status, String location, String etag, String body) {
    }

    /** Inserts the in-flight marker; returns the earlier record when the key was used before. */
    private Stored claim(String key, String scope, String fingerprint) {
        try (Connection c = dataSources.get().getConnection()) {
            try (PreparedStatement expire = c.prepareStatement(
                    "DELETE FROM idempotency_record WHERE idempotency_key = ? AND scope = ? "
                            + "AND created_at < now() - interval '24 hours'")) {
                expire.setString(1, key);
                expire.setString(2, scope);
                expire.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO idempotency_record (idempotency_key, scope, fingerprint) VALUES (?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, scope);
                insert.setString(3, fingerprint);
                insert.executeUpdate();
                return null;
            } catch (SQLException e) {
                if (!UniqueViolations.isUniqueViolation(e)) {
                    throw e;
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT fingerprint, status, location, etag, body "
                    + "FROM idempotency_record WHERE idempotency_key = ? AND scope = ?")) {
                select.setString(1, key);
                select.setString(2, scope);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        // Released between our insert and select: treat as still running.
                        return new Stored(fingerprint, null, null, null, null);
                    }
                    // Null status: the first request is still running.
                    Short status = rs.getObject(2, Short.class);
                    return new Stored(rs.getString(1), status == null ? null : status.intValue(), rs.getString(3),
                            rs.getString(4), rs.getString(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record could not be read", e);
        }
    }

    private RestResponse<?> replay(Stored stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new ProblemException(KEY_REUSED, 422,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        }
        if (stored.status() == null) {
            throw new ProblemException(IN_PROGRESS, 409,
                    "The first request with this Idempotency-Key is still being processed; retry shortly.");
        }
        RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.create(stored.status())
                .header(REPLAYED, "true");
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            try {
                builder.entity(json.readValue(stored.body(), JsonNode.class)).type("application/json");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored response is not JSON", e);
            }
        }
        return builder.build();
    }

    private void store(String key, String scope, RestResponse<?> response) {
        try (Connection c = dataSources.get().getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE idempotency_record SET status = ?, location = ?, "
                     + "etag = ?, body = ? WHERE idempotency_key = ? AND scope = ?")) {
            update.setInt(1, response.getStatus());
            update.setString(2, response.getLocation() == null ? null : response.getLocation().toString());
            update.setString(3, response.getHeaderString(HttpHeaders.ETAG));
            update.setString(4, response.getEntity() == null ? null : json.writeValueAsString(response.getEntity()));
            update.setString(5, key);
            update.setString(6, scope);
            update.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Idempotency record could not be stored", e);
        }
    }

    private void release(String key, String scope) {
        try (Connection c = dataSources.get().getConnection();
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM idempotency_record WHERE idempotency_key = ? AND scope = ? AND status IS NULL")) {
            delete.setString(1, key);
            delete.setString(2, scope);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record could not be released", e);
        }
    }

    private String fingerprint(String path, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
