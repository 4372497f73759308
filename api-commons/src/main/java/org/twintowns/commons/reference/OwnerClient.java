package org.twintowns.commons.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Asks one owning service which records exist, through its REST client and one guard: a deadline per
 * attempt, further attempts only after a connection failure or a timeout (an answer, even an error,
 * is final), and a circuit breaker that fails checks at once while the service keeps failing, so a
 * dead dependency does not hold requests. Whatever goes wrong ends as {@link ReferencesUnavailableException}.
 */
final class OwnerClient {

    private static final Logger LOG = Logger.getLogger(OwnerClient.class);

    private final String owner;
    private final RecordsApi api;
    private final Guard guard;

    OwnerClient(String owner, ReferencesConfig.Owner config) {
        this.owner = owner;
        long timeout = config.timeout().toMillis();
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.url())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                // Statuses are answers to interpret (RecordAnswers), not exceptions.
                .disableDefaultMapper(true)
                .build(RecordsApi.class);
        ReferencesConfig.CircuitBreaker breaker = config.circuitBreaker();
        this.guard = Guard.create()
                .withDescription("references-" + owner)
                .withTimeout().duration(timeout, ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.retries()).delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                        .retryOn(List.of(ProcessingException.class, TimeoutException.class)).done()
                .withCircuitBreaker().name("references-" + owner)
                        .requestVolumeThreshold(breaker.requestVolume()).failureRatio(breaker.failureRatio())
                        .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                        .successThreshold(breaker.successThreshold()).done()
                .build();
    }

    /**
     * The records of {@code ids} (at most {@link RecordAnswers#MAX_IDS}) that exist, by id. One request
     * asks for all of them; a service that does not know the {@code id} filter yet (an older version
     * during a rolling update) answers with other records, and is then asked for each id on its own.
     */
    Map<UUID, JsonNode> find(RemoteCollection collection, List<UUID> ids) {
        Optional<Map<UUID, JsonNode>> batch = guarded(() -> {
            try (Response response = api.list(collection.path(), ids, ids.size())) {
                return RecordAnswers.batch(response.getStatus(), () -> response.readEntity(JsonNode.class), ids);
            }
        });
        if (batch.isPresent()) {
            return batch.get();
        }
        LOG.debugf("The %s service ignored the id filter of %s: asking for each id on its own", owner,
                collection.path());
        Map<UUID, JsonNode> found = new HashMap<>();
        for (UUID id : ids) {
            guarded(() -> {
                try (Response response = api.get(collection.path(), id)) {
                    return RecordAnswers.single(response.getStatus(), () -> response.readEntity(JsonNode.class));
                }
            }).ifPresent(record -> found.put(id, record));
        }
        return found;
    }

    /**
     * One look-up under the guard, retries included; every way it can fail ends as
     * {@link ReferencesUnavailableException}.
     */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> guarded(Supplier<Optional<T>> attempt) {
        try {
            return guard.get(attempt, (Class<Optional<T>>) (Class<?>) Optional.class);
        } catch (ProcessingException | FaultToleranceException | RecordAnswers.UnusableAnswer e) {
            LOG.warnf("Cannot check references with the %s service: %s", owner, e.toString());
            throw new ReferencesUnavailableException(owner);
        }
    }
}
