package org.twintowns.commons.openapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.Languages;

/** Operations with the shared parameters whose limits {@link LimitsFilter} documents. */
@Path("/limits-probe")
public class LimitsProbeResource {

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The probe",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)))
    public String read(@PathParam("id") UUID id, @QueryParam("on") LocalDate on,
                       @QueryParam("country") @Pattern(regexp = "[A-Z]{2}") String country,
                       @QueryParam("since") OffsetDateTime since, @QueryParam("lang") String lang,
                       @HeaderParam("Accept-Language") String acceptLanguage,
                       @HeaderParam("If-None-Match") String ifNoneMatch) {
        return String.join(",", Languages.preferred(lang, acceptLanguage));
    }

    @POST
    public String create(@HeaderParam(Idempotency.HEADER) String key, @HeaderParam("If-Match") String ifMatch,
                         @QueryParam("note") @NotBlank String note) {
        return "created";
    }
}
