package org.twintowns.commons.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The two operations of an owning service's published API that reference checks use, for any
 * {@link RemoteCollection}: the list filtered by ids, and one record. {@link OwnerClient} builds one
 * client per owning service; a REST client interface is never part of a service's own OpenAPI document.
 */
@RegisterRestClient
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RecordsApi {

    /** The page of the collection's records with these ids ({@code ?id=..&id=..}), all of them on one page. */
    @GET
    @Path("/{collection}")
    Response list(@PathParam("collection") String collection, @QueryParam("id") List<UUID> ids,
                  @QueryParam("size") int size);

    /** One record. */
    @GET
    @Path("/{collection}/{id}")
    Response get(@PathParam("collection") String collection, @PathParam("id") UUID id);
}
