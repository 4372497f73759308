package org.twintowns.commons.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Creates nothing, but answers as a create does: a Location under the public base URL, and the base itself. */
@Path("/public-url-probe")
public class PublicUrlProbeResource {

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public RestResponse<String> create() {
        return RestResponse.ResponseBuilder.<String>created(publicUrl.builder().path(PublicUrlProbeResource.class)
                .path("42").build()).entity(publicUrl.base().toString()).build();
    }
}
