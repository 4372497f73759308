package org.twintowns.commons.input;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.twintowns.commons.problem.ProbeResource;

/** Text parameters of every kind, and JSON bodies, for the checks of unstorable and unreadable input. */
@Path("/input-probe")
@Produces(MediaType.APPLICATION_JSON)
public class InputProbeResource {

    public record Texts(String name, List<String> tags, Map<String, String> names) {
    }

    public static class Upload {

        @RestForm
        public String caption;

        @RestForm("credit")
        public String credit;
    }

    @GET
    @Path("/{slug}")
    public List<String> parameters(@PathParam("slug") String slug, @QueryParam("q") String q,
                                   @QueryParam("tag") List<String> tags, @HeaderParam("X-Note") String note) {
        return List.of(slug, String.valueOf(q), String.valueOf(tags), String.valueOf(note));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Texts json(Texts body) {
        return body;
    }

    @POST
    @Path("/deep")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProbeResource.Body deep(@Valid ProbeResource.Body body) {
        return body;
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String form(@FormParam("title") String title) {
        return title;
    }

    @POST
    @Path("/multipart")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String multipart(@BeanParam Upload upload) {
        return upload.caption + "/" + upload.credit;
    }
}
