package org.twintowns.news.references;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The events service's published contract, as far as news needs it: does this event exist? */
@RegisterRestClient(configKey = "events")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface EventsClient {

    @GET
    @Path("/events/{id}")
    Response event(@PathParam("id") UUID id);
}
