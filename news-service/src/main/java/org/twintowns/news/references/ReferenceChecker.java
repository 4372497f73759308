package org.twintowns.news.references;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.item.rest.NewsItemRequest;

/**
 * Checks an item's references against the services that own them, before anything is written:
 * unknown ones answer 422 naming each field, an unreachable service 503 with Retry-After.
 */
@ApplicationScoped
public class ReferenceChecker {

    public static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    RemoteRecords records;

    public void check(NewsItemRequest request) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        guarded("partnerships", () -> {
            if (request.issuerMunicipalityId() != null && !records.municipalityExists(request.issuerMunicipalityId())) {
                unknown.add(new Problem.FieldError("issuerMunicipalityId",
                        "no municipality with id " + request.issuerMunicipalityId()));
            }
            checkAll("relatedMunicipalityIds", request.relatedMunicipalityIds(), "municipality",
                    records::municipalityExists, unknown);
            checkAll("relatedPartnershipIds", request.relatedPartnershipIds(), "partnership",
                    records::partnershipExists, unknown);
        });
        guarded("events", () -> checkAll("relatedEventIds", request.relatedEventIds(), "event",
                records::eventExists, unknown));
        if (!unknown.isEmpty()) {
            throw ProblemException.unknownReferences(unknown);
        }
    }

    private static void checkAll(String field, List<UUID> ids, String what, Predicate<UUID> exists,
                                 List<Problem.FieldError> unknown) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!exists.test(ids.get(i))) {
                unknown.add(new Problem.FieldError(field + "[" + i + "]", "no " + what + " with id " + ids.get(i)));
            }
        }
    }

    private static void guarded(String service, Runnable checks) {
        try {
            checks.run();
        } catch (ProcessingException | FaultToleranceException | RemoteRecords.UpstreamFailure e) {
            throw ProblemException.dependencyUnavailable(service, RETRY_AFTER_SECONDS);
        }
    }
}
