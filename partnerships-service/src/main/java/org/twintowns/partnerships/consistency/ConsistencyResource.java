package org.twintowns.partnerships.consistency;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twintowns.commons.http.CachePolicy;
import org.twintowns.commons.http.PublicReads;

/** The registry's consistency report. */
@PublicReads
@Path("/api/v1/partnerships/consistency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class ConsistencyResource {

    @Inject
    ConsistencyService service;

    @GET
    @Operation(operationId = "getConsistencyReport", summary = "Consistency report",
            description = "Pairs an imported source lists from one side only, municipalities whose coordinates lie "
                    + "outside their country, partnerships whose history contradicts their status, and municipalities "
                    + "that are likely one place recorded twice.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ConsistencyReport.class)))
    // Scans the whole registry and names the moment it ran: a report five minutes old serves as well.
    @CachePolicy("public, max-age=300, stale-while-revalidate=600")
    public ConsistencyReport report() {
        return service.report();
    }
}
