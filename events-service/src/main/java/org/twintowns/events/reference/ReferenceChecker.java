package org.twintowns.events.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;

/**
 * Checks an event's cross-service references before anything is written: unknown ones give 422
 * naming each field ({@code organizers[0]}), an unreachable partnerships service gives 503 with
 * Retry-After.
 */
@ApplicationScoped
public class ReferenceChecker {

    private static final Logger LOG = Logger.getLogger(ReferenceChecker.class);
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    PartnershipsDirectory directory;

    /**
     * Checks every reference with partnerships-service.
     *
     * @return the countries of the organizing and participating municipalities
     */
    public Set<String> check(List<UUID> organizers, List<UUID> participants, List<UUID> partnerships) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        // One look-up per distinct municipality, even when it organizes and takes part.
        Map<UUID, Optional<String>> municipalities = new HashMap<>();
        Predicate<UUID> municipalityExists = id -> municipalities.computeIfAbsent(id, directory::municipalityCountry)
                .isPresent();
        try {
            collect("organizers", organizers, municipalityExists, "municipality", unknown);
            collect("participants", participants, municipalityExists, "municipality", unknown);
            collect("partnerships", partnerships, directory::partnershipExists, "partnership", unknown);
        } catch (ProcessingException | FaultToleranceException | PartnershipsUnavailableException e) {
            LOG.warnf("Cannot check references against the partnerships service: %s", e.toString());
            throw ProblemException.dependencyUnavailable("partnerships", RETRY_AFTER_SECONDS);
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unknownReferences(unknown);
        }
        Set<String> countries = new TreeSet<>();
        municipalities.values().forEach(country -> country.ifPresent(countries::add));
        return countries;
    }

    private static void collect(String field, List<UUID> ids, Predicate<UUID> exists, String what,
                                List<Problem.FieldError> unknown) {
        for (int i = 0; i < ids.size(); i++) {
            if (!exists.test(ids.get(i))) {
                unknown.add(new Problem.FieldError(field + "[" + i + "]", "no " + what + " with id " + ids.get(i)));
            }
        }
    }
}
