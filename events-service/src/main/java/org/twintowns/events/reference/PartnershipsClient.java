package org.twintowns.events.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The two look-ups of the partnerships service's published API that events need. */
@RegisterRestClient(configKey = "partnerships")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PartnershipsClient {

    @GET
    @Path("/municipalities/{id}")
    Response municipality(@PathParam("id") UUID id);

    @GET
    @Path("/partnerships/{id}")
    Response partnership(@PathParam("id") UUID id);
}
