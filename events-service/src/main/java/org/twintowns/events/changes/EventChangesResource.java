package org.twintowns.events.changes;

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

/** The change feed of events-service: what happened to conferences, summer schools and visits. */
@PublicReads
@Path("/api/v1/changes/events")
@Tag(name = "Changes")
public class EventChangesResource {

    @Inject
    ChangeFeedAnswers answers;

    @Context
    UriInfo uri;

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEventChanges", summary = "Change feed of events",
            description = ChangeFeedAnswers.DESCRIPTION + " `event.created`, `event.updated` (its content changed), "
                    + "`event.status-changed` (postponed, moved online, completed, rescheduled), `event.cancelled`. "
                    + "Registrations are never in it; the data carries the registration counts only.",
            extensions = @Extension(name = "x-event-types", parseValue = true, value = "["
                    + "{\"type\": \"event.created\", \"data\": \"Event\", "
                    + "\"summary\": \"An event was announced\"}"
                    + ", {\"type\": \"event.updated\", \"data\": \"Event\", "
                    + "\"summary\": \"An event's content changed\"}"
                    + ", {\"type\": \"event.status-changed\", \"data\": \"Event\", "
                    + "\"summary\": \"An event was postponed, moved online, completed or rescheduled\"}"
                    + ", {\"type\": \"event.cancelled\", \"data\": \"Event\", "
                    + "\"summary\": \"An event was cancelled\"}"
                    + "]"))
    @APIResponse(responseCode = "200", description = "The events after the cursor",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the events the feed keeps")
    public Uni<RestResponse<String>> changes(@BeanParam @Valid FeedQuery query) {
        return answers.answer(query, uri);
    }
}
