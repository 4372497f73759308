package org.twintowns.commons.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
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

    /** A versioned resource as the services have them: names in any script, a time, absent parts. */
    public record Versioned(String name, OffsetDateTime updatedAt, Optional<String> note, String missing) {
        static Versioned example() {
            return new Versioned("Київ, Zürich, 東京 \uD83C\uDFDB \"quoted\" \\ </script>",
                    OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 123_456_000, ZoneOffset.ofHours(2)), Optional.empty(), null);
        }
    }

    @GET
    @Path("/versioned")
    public RestResponse<Versioned> versioned() {
        return RestResponse.ResponseBuilder.ok(Versioned.example()).header("ETag", "\"7\"").build();
    }

    @GET
    @Path("/text")
    @Produces(MediaType.TEXT_PLAIN)
    public String text() {
        return "Municipality\n".repeat(200);
    }

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

    /** The same answers from a resource without PublicCaching: what Quarkus's own writers make of them. */
    @Path("/caching-probe-plain")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Plain {
        @GET
        public List<Item> list(@QueryParam("size") int size) {
            return new CachingProbeResource().list(size);
        }

        @GET
        @Path("/versioned")
        public Versioned versioned() {
            return Versioned.example();
        }
    }

    /** A Vert.x route answering JSON itself, as the gateway's dossier does. */
    void route(@Observes Router router) {
        router.get("/caching-probe/route").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json")
                .end("[" + "\"Municipality\",".repeat(500) + "\"end\"]"));
    }
}
