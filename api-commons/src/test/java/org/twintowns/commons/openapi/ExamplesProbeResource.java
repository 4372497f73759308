package org.twintowns.commons.openapi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** Writes with an operationId: one with a request example in META-INF/openapi-examples, one without. */
@Path("/examples-probe")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExamplesProbeResource {

    public record Note(@NotBlank @Size(max = 50) String title, @NotNull LocalDate on, List<@NotBlank String> tags) {
    }

    @POST
    @Operation(operationId = "createProbeNote", summary = "Write a note")
    @APIResponse(responseCode = "201", description = "Written")
    @APIResponse(responseCode = "409", description = "A note with this title exists")
    public RestResponse<Note> create(@NotNull @Valid Note note) {
        return RestResponse.ResponseBuilder.<Note>created(URI.create("/examples-probe/1")).entity(note).build();
    }

    @PUT
    @Operation(operationId = "replaceProbeNote", summary = "Replace a note")
    public Note replace(@NotNull @Valid Note note) {
        return note;
    }
}
