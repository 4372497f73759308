package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.twintowns.commons.http.Idempotency;

/**
 * Documents every operation that takes an {@code Idempotency-Key} ({@link Idempotency}) the same
 * way everywhere: what the key does, and its two refusals, 422 when the key was used before with
 * another request and 409 while the first request with the key is still running. An operation that
 * describes a 422 or 409 of its own keeps it, and its description gains the key's case.
 */
public class IdempotencyResponsesFilter implements OASFilter {

    private static final String REUSED_CASE = "the Idempotency-Key was used before with a different request (type "
            + Idempotency.KEY_REUSED.uri() + ")";
    private static final String IN_PROGRESS_CASE = "the first request with this Idempotency-Key is still being "
            + "processed (type " + Idempotency.IN_PROGRESS.uri() + ")";
    static final String KEY = "Makes a retried create safe: the same key and body get the first answer";
    static final String REUSED = "The" + REUSED_CASE.substring(3) + "; use a new key for a new request";
    static final String ALSO_REUSED = "; or " + REUSED_CASE;
    static final String IN_PROGRESS = "The" + IN_PROGRESS_CASE.substring(3) + "; retry shortly";
    static final String ALSO_IN_PROGRESS = "; or " + IN_PROGRESS_CASE;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.forEach(openAPI, operation -> Operations.header(operation, Idempotency.HEADER).ifPresent(key -> {
            if (key.getDescription() == null) {
                key.setDescription(KEY);
            }
            document(operation, "422", REUSED, ALSO_REUSED);
            document(operation, "409", IN_PROGRESS, ALSO_IN_PROGRESS);
        }));
    }

    /** Adds the refusal, or widens the operation's own description of that status to cover it. */
    private static void document(Operation operation, String status, String description, String also) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse own = operation.getResponses().getAPIResponse(status);
        if (own == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (own.getRef() == null && (own.getDescription() == null || !own.getDescription().endsWith(also))) {
            own.setDescription(own.getDescription() == null ? description : own.getDescription() + also);
        }
    }
}
