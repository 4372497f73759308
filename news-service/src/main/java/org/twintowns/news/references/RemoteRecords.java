package org.twintowns.news.references;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks the owning services whether referenced records exist. A 404 is an answer (false); a
 * connection failure or timeout is retried, and repeated failures open the circuit so that a
 * service that is down does not slow every write.
 */
@ApplicationScoped
public class RemoteRecords {

    @Inject
    @RestClient
    PartnershipsClient partnerships;

    @Inject
    @RestClient
    EventsClient events;

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5000,
            failOn = {ProcessingException.class, TimeoutException.class, UpstreamFailure.class})
    public boolean municipalityExists(UUID id) {
        return exists(() -> partnerships.municipality(id));
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5000,
            failOn = {ProcessingException.class, TimeoutException.class, UpstreamFailure.class})
    public boolean partnershipExists(UUID id) {
        return exists(() -> partnerships.partnership(id));
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5000,
            failOn = {ProcessingException.class, TimeoutException.class, UpstreamFailure.class})
    public boolean eventExists(UUID id) {
        return exists(() -> events.event(id));
    }

    private static boolean exists(Supplier<Response> call) {
        int status;
        try (Response response = call.get()) {
            status = response.getStatus();
        } catch (WebApplicationException e) {
            status = e.getResponse().getStatus();
        }
        if (status >= 200 && status < 300) {
            return true;
        }
        if (status == 404 || status == 410) {
            return false;
        }
        throw new UpstreamFailure(status);
    }

    /** The service answered, but with an error instead of yes or no. */
    public static class UpstreamFailure extends RuntimeException {
        UpstreamFailure(int status) {
            super("upstream answered " + status, null, false, false);
        }
    }
}
