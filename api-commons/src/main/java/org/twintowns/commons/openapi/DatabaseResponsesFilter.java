package org.twintowns.commons.openapi;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.twintowns.commons.persistence.DatabaseFailures;

/**
 * Documents, once per document, the 503 that every operation of a service with a database may give
 * while the database cannot be used ({@code DatabaseProblems}): a shared response
 * {@value #COMPONENT} with {@code Retry-After}, referred to by every operation. An operation that
 * describes a 503 of its own (another service it depends on is down) keeps it, and its description
 * and headers gain the database's case.
 */
public class DatabaseResponsesFilter implements OASFilter {

    static final String COMPONENT = "DatabaseUnavailable";
    static final String DESCRIPTION = "The service cannot use its database at the moment (down, restarting or out of "
            + "connections). Retry after the seconds in Retry-After; repeat a write with the same Idempotency-Key or "
            + "If-Match, so that it is applied once";
    static final String ALSO = "; or the service cannot use its database at the moment (Retry-After: "
            + DatabaseFailures.RETRY_AFTER_SECONDS + " seconds)";
    private static final String RETRY_AFTER = "Retry-After";
    /** A bound above every wait a service asks for: 5 seconds for its database, 30 for another service. */
    static final int MAX_RETRY_AFTER_SECONDS = 60;

    private final boolean hasDatabase;

    /** For the application that is being documented: it has a database when it configures a datasource. */
    public DatabaseResponsesFilter() {
        this(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).isPresent());
    }

    DatabaseResponsesFilter(boolean hasDatabase) {
        this.hasDatabase = hasDatabase;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!hasDatabase || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponse own = operation.getResponses().getAPIResponse("503");
                if (own == null) {
                    operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().ref(COMPONENT));
                    used = true;
                } else if (own.getRef() == null) {
                    widen(own);
                }
            }
        }
        if (used) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            Components components = openAPI.getComponents();
            components.addResponse(COMPONENT, OASFactory.createAPIResponse()
                    .description(DESCRIPTION)
                    .headers(Map.of(RETRY_AFTER, retryAfter("Seconds to wait before trying again: "
                            + DatabaseFailures.RETRY_AFTER_SECONDS)))
                    .content(ProblemResponsesFilter.hasProblemSchema(openAPI) ? ProblemResponsesFilter.content() : null));
        }
    }

    /** An operation's own 503 also covers the database: said in its description, with Retry-After. */
    private static void widen(APIResponse own) {
        String description = own.getDescription() == null ? "" : own.getDescription();
        if (!description.endsWith(ALSO)) {
            own.setDescription(description + ALSO);
        }
        if (own.getHeaders() == null || own.getHeaders().keySet().stream().noneMatch(RETRY_AFTER::equalsIgnoreCase)) {
            own.addHeader(RETRY_AFTER, retryAfter("Seconds to wait before trying again"));
        }
    }

    private static Header retryAfter(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(MAX_RETRY_AFTER_SECONDS)));
    }
}
