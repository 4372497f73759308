package org.twintowns.partnerships.changes;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.changes.ChangeFeedAnswers;
import org.twintowns.commons.changes.ChangePage;
import org.twintowns.commons.changes.FeedQuery;
import org.twintowns.commons.http.PublicReads;

/** The change feed of partnerships-service: what happened to municipalities and partnerships. */
@PublicReads
@Path("/api/v1/changes/registry")
@Tag(name = "Changes")
public class RegistryChangesResource {

    @Inject
    ChangeFeedAnswers answers;

    @Context
    UriInfo uri;

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRegistryChanges", summary = "Change feed of the registry",
            description = ChangeFeedAnswers.DESCRIPTION + " `municipality.created`, `municipality.updated`, "
                    + "`municipality.merged` (it became part of another: the event concerns both), `partnership.created`, "
                    + "`partnership.updated`, `partnership.status-changed` (a lifecycle event moved its status). An "
                    + "import's changes come in one go when it commits, municipalities before partnerships.",
            extensions = @Extension(name = "x-event-types", parseValue = true, value = "["
                    + "{\"type\": \"municipality.created\", \"data\": \"Municipality\", "
                    + "\"summary\": \"A municipality was added to the registry\"}"
                    + ", {\"type\": \"municipality.updated\", \"data\": \"Municipality\", "
                    + "\"summary\": \"A municipality changed\"}"
                    + ", {\"type\": \"municipality.merged\", \"data\": \"Municipality\", "
                    + "\"summary\": \"A municipality became part of another (mergedInto names it)\"}"
                    + ", {\"type\": \"partnership.created\", \"data\": \"Partnership\", "
                    + "\"summary\": \"A partnership was added\"}"
                    + ", {\"type\": \"partnership.updated\", \"data\": \"Partnership\", "
                    + "\"summary\": \"A partnership changed, or a lifecycle event that kept its status was added\"}"
                    + ", {\"type\": \"partnership.status-changed\", \"data\": \"Partnership\", "
                    + "\"summary\": \"A lifecycle event moved a partnership to another status\"}"
                    + "]"))
    @APIResponse(responseCode = "200", description = "The events after the cursor",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the events the feed keeps")
    public Uni<RestResponse<String>> changes(@BeanParam @Valid FeedQuery query) {
        return answers.answer(query, uri);
    }
}
