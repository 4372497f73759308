package org.twintowns.events.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks the partnerships service whether municipalities and partnerships exist. Each call has a
 * deadline; only connection failures and timeouts are retried (a 404 is an answer); after repeated
 * failures the circuit opens and calls fail at once, so a dead dependency does not hold requests.
 * Failures surface as exceptions that {@link ReferenceChecker} turns into a 503.
 */
@ApplicationScoped
public class PartnershipsDirectory {

    @Inject
    @RestClient
    PartnershipsClient client;

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2)
    public Optional<String> municipalityCountry(UUID id) {
        try (Response response = client.municipality(id)) {
            if (!exists(response.getStatus())) {
                return Optional.empty();
            }
            JsonNode body = response.readEntity(JsonNode.class);
            // Every municipality has a country; an answer without one is not the partnerships service's.
            String country = body == null ? null : body.path("country").asText(null);
            if (country == null) {
                throw new PartnershipsUnavailableException("partnerships service answered without a country");
            }
            return Optional.of(country);
        } catch (WebApplicationException e) {
            // The client turns every status from 400 up into an exception; 404 is still an answer.
            exists(e.getResponse().getStatus());
            return Optional.empty();
        }
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2)
    public boolean partnershipExists(UUID id) {
        try (Response response = client.partnership(id)) {
            return exists(response.getStatus());
        } catch (WebApplicationException e) {
            return exists(e.getResponse().getStatus());
        }
    }

    private static boolean exists(int status) {
        if (status == Response.Status.OK.getStatusCode()) {
            return true;
        }
        if (status == Response.Status.NOT_FOUND.getStatusCode()) {
            return false;
        }
        throw new PartnershipsUnavailableException("partnerships service answered " + status);
    }
}
