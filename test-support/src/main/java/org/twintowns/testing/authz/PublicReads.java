package org.twintowns.testing.authz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public representations of a service (JSON, lists, search, counts, feeds, calendars, maps),
 * read without a token, to prove that a non-public datum appears in none of them. Each read must
 * answer (2xx, or the 401/403/404 a protected or hidden resource gives), never fail with 5xx.
 */
public final class PublicReads {

    private record Read(String path, String accept, String countPath) {
    }

    private final List<Read> reads = new ArrayList<>();

    /** A JSON read. */
    public PublicReads json(String path) {
        reads.add(new Read(path, "application/json", null));
        return this;
    }

    /** A JSON read whose count at {@code countPath} (e.g. totalItems) must be 0: hidden data is not counted either. */
    public PublicReads counting(String path, String countPath) {
        reads.add(new Read(path, "application/json", countPath));
        return this;
    }

    /** A read in another representation (RSS, Atom, iCalendar, GeoJSON, ninjs). */
    public PublicReads as(String accept, String path) {
        reads.add(new Read(path, accept, null));
        return this;
    }

    /** Fails if any of the reads mentions one of the secrets (case-insensitive). */
    public void assertNoneContains(String... secrets) {
        assertFalse(reads.isEmpty(), "no public reads to check");
        for (Read read : reads) {
            Response response = given().accept(read.accept()).get(read.path());
            int status = response.statusCode();
            assertTrue(status < 300 || status == 401 || status == 403 || status == 404,
                    read.path() + " (" + read.accept() + ") answered " + status);
            String body = response.asString().toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                assertFalse(body.contains(secret.toLowerCase(Locale.ROOT)),
                        read.path() + " (" + read.accept() + ") shows the non-public '" + secret + "'");
            }
            if (read.countPath() != null) {
                assertEquals(200, status, read.path() + " answered " + status);
                assertEquals(0, ((Number) response.path(read.countPath())).intValue(),
                        read.path() + " counts non-public data");
            }
        }
    }
}
