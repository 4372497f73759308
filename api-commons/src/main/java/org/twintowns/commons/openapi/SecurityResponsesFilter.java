package org.twintowns.commons.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the security of every operation, the same way everywhere. Quarkus marks the operations
 * behind {@code @RolesAllowed} or {@code @Authenticated} with the bearer scheme
 * ({@code quarkus.smallrye-openapi.auto-add-security-requirement}); a read that shows more to a
 * caller with a token says so itself, as optional security ({@code @SecurityRequirementsSet} empty,
 * then with the scheme). Every other operation is public and gets an explicit {@code security: []}:
 * no requirement of the whole document (the gateway's merged one) applies to it, so Swagger UI shows
 * it without a padlock. An operation that takes a token documents 401 and 403, with a description
 * that says when each happens; resources only describe a refusal where they can say more.
 */
public class SecurityResponsesFilter implements OASFilter {

    /** What Quarkus writes when it adds the responses itself: nothing a client can act on. */
    private static final Set<String> GENERIC = Set.of("Not Authorized", "Not Allowed");

    static final String UNAUTHORIZED = "No valid bearer token (missing, expired, or signed by an unknown key); "
            + "the answer carries a WWW-Authenticate: Bearer challenge";
    static final String FORBIDDEN = "The token lacks the role, or names none of the municipalities, this needs";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.forEach(openAPI, operation -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
            if (takesToken(operation.getSecurity())) {
                document(operation, "401", UNAUTHORIZED);
                document(operation, "403", FORBIDDEN);
            }
        });
    }

    /** True when some way to call the operation names a security scheme (optional tokens included). */
    static boolean takesToken(List<SecurityRequirement> security) {
        return security != null && security.stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    /**
     * Documents a refusal, unless the operation describes that status itself; its problem body is
     * {@link ProblemResponsesFilter}'s.
     */
    static void document(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        if (response.getDescription() == null || GENERIC.contains(response.getDescription())) {
            response.setDescription(description);
        }
    }
}
