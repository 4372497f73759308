package org.twintowns.commons.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.IntStream;

/** Public reads of every kind PublicCachingTest needs: a long and a short list, a map, and a plain Vert.x route. */
@PublicReads
@Path("/caching-probe")
@Produces(MediaType.APPLICATION_JSON)
public class CachingProbeResource {

    /** What a list item looks like: repetitive text, as JSON is. */
    public record Item(int id, String name, String country) {
    }

    static final String MAP_TYPE = "application/geo+json";

    @GET
    public List<Item> list(@QueryParam("size") int size) {
        return IntStream.range(0, size).mapToObj(i -> new Item(i, "Municipality " + i, "DE")).toList();
    }

    @GET
    @Path("/map")
    @Produces(MAP_TYPE)
    @CachePolicy(PublicCaching.MAP)
    public List<Item> map() {
        return list(500);
    }

    /** A Vert.x route answering JSON itself, as the gateway's dossier does. */
    void route(@Observes Router router) {
        router.get("/caching-probe/route").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json")
                .end("[" + "\"Municipality\",".repeat(500) + "\"end\"]"));
    }
}
