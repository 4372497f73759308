package org.twintowns.commons.input;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.paging.PageParams;

/** Parameters of every kind ParameterCheck reads: path, query, bean parameters, nested bean parameters, lists. */
@Path("/probe/params/{id}")
@Produces(MediaType.TEXT_PLAIN)
public class ParameterProbeResource {

    /** A filter class as the services write them, with a nested one. */
    public static class Filter {
        @QueryParam("since")
        public OffsetDateTime since;

        @BeanParam
        public Nested nested;
    }

    public static class Nested {
        @QueryParam("tag")
        public List<UUID> tags;
    }

    @GET
    public String read(@PathParam("id") UUID id, @QueryParam("day") LocalDate day, @BeanParam PageParams paging,
                       @BeanParam Filter filter) {
        return id + " " + day + " " + filter.since + " " + filter.nested.tags;
    }
}
