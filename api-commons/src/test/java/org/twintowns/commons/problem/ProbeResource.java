package org.twintowns.commons.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.paging.Sorting;
import io.quarkus.panache.common.Sort;

/** A resource that exercises the shared error handling, paging and request ids in tests. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    private static final Logger LOG = Logger.getLogger(ProbeResource.class);

    public enum Colour { RED, GREEN }

    public record Item(@NotBlank String title) {
    }

    public record Body(@NotBlank @Size(max = 10) String name,
                       @NotNull Integer count,
                       List<@Valid Item> items,
                       Map<String, @NotBlank String> names) {
    }

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Body echo(@NotNull(message = "a JSON body is required") @Valid Body body) {
        LOG.info("echoing " + body.name());
        return body;
    }

    @GET
    @Path("/list")
    public RestResponse<Page<Integer>> list(@BeanParam @Valid PageParams paging, @QueryParam("colour") Colour colour,
                                           @QueryParam("since") OffsetDateTime since) {
        Sorting.parse(paging.sort, Map.of("value", "value"), Sort.by("value"));
        int total = 45;
        List<Integer> items = IntStream.range(paging.offset(), Math.min(total, paging.offset() + paging.size))
                .boxed().toList();
        return PageLinks.response(uriInfo, Page.of(items, paging, total));
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail in org.twintowns.Internal");
    }
}
