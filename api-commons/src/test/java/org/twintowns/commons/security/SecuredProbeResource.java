package org.twintowns.commons.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicReads;

/** A write behind a role and two reads, for the security header and OpenAPI tests. */
@PublicReads
@Path("/secured-probe")
@Produces(MediaType.APPLICATION_JSON)
public class SecuredProbeResource {

    @POST
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "204", description = "Done")
    @APIResponse(responseCode = "400", description = "Invalid input")
    public void write() {
        // Only its OpenAPI description matters: this module has no authentication mechanism.
    }

    @GET
    @Path("/cached")
    public RestResponse<String> cached() {
        return RestResponse.ResponseBuilder.ok("\"public\"").header("Cache-Control", "max-age=60").build();
    }

    @GET
    public String read() {
        return "\"public\"";
    }
}
