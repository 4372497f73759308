package org.twintowns.testing.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.problem.ProblemException;

/**
 * A database that ran api-commons' former repeatable migration of the idempotency table migrates
 * cleanly to the service's versioned one, keeps its records, and the service uses the table as
 * before. A service's suite extends this as a {@code @QuarkusTest} on a {@link FormerSchemaDatabase}.
 */
public abstract class IdempotencyUpgradeSuite {

    private static final String PATH = "/upgrade-check";

    @Inject
    Flyway flyway;

    @Inject
    Idempotency idempotency;

    @BeforeEach
    void onFormerSchema() {
        assumeFalse(FormerSchemaDatabase.devServices(), "Dev Services run the databases: no former schema");
    }

    @Test
    void shouldApplyTheVersionedMigrationOverTheFormerRepeatableOne() {
        List<MigrationInfo> all = Arrays.asList(flyway.info().all());
        MigrationInfo versioned = all.stream()
                .filter(m -> m.getVersion() != null && m.getDescription().equals("Idempotency record"))
                .findFirst().orElseThrow(() -> new AssertionError("no versioned idempotency migration: " + all));
        assertEquals(MigrationState.SUCCESS, versioned.getState());
        MigrationInfo former = all.stream().filter(m -> FormerSchemaDatabase.FORMER_SCRIPT.equals(m.getScript()))
                .findFirst().orElseThrow(() -> new AssertionError("the former migration is not in the history"));
        // Applied once, now gone from the classpath; the services' configuration passes over it.
        assertEquals(MigrationState.MISSING_SUCCESS, former.getState(), "the former script is still on the "
                + "classpath: a build directory from before it went (api-commons/target/classes/db) wants a clean");
        assertEquals(0, flyway.info().pending().length, "pending: " + Arrays.toString(flyway.info().pending()));
        assertTrue(flyway.validateWithResult().validationSuccessful, "Flyway's validation fails");
    }

    @Test
    void shouldKeepTheRecordsMadeBeforeTheUpgrade() {
        // The record stands for another request than this one: its key is refused, not run again.
        ProblemException refused = assertThrows(ProblemException.class,
                () -> idempotency.once(FormerSchemaDatabase.RECORD_KEY, PATH, Map.of("n", 1), () -> {
                    throw new AssertionError("a remembered key ran again");
                }));
        assertEquals(422, refused.problem().status());
        assertEquals(Idempotency.KEY_REUSED.uri(), refused.problem().type());
    }

    @Test
    void shouldRememberAnAnswerAsBefore() {
        String key = "after-the-upgrade-" + UUID.randomUUID();
        AtomicInteger created = new AtomicInteger();
        RestResponse<?> first = idempotency.once(key, PATH, Map.of("n", 2), () -> {
            created.incrementAndGet();
            return RestResponse.status(RestResponse.Status.CREATED);
        });
        RestResponse<?> retried = idempotency.once(key, PATH, Map.of("n", 2), () -> {
            created.incrementAndGet();
            return RestResponse.status(RestResponse.Status.CREATED);
        });
        assertEquals(201, first.getStatus());
        assertEquals(201, retried.getStatus());
        assertEquals("true", retried.getHeaderString(Idempotency.REPLAYED));
        assertEquals(1, created.get());
    }
}
