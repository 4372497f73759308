package org.twintowns.news.changes;

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

/** The change feed of news-service: what happened to public press releases. */
@PublicReads
@Path("/api/v1/changes/news")
@Tag(name = "Changes")
public class NewsChangesResource {

    @Inject
    ChangeFeedAnswers answers;

    @Context
    UriInfo uri;

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getNewsChanges", summary = "Change feed of press releases",
            description = ChangeFeedAnswers.DESCRIPTION + " `news.published` (an item became public; a scheduled one "
                    + "when its embargo ended), `news.updated` (a public item changed, its media included), "
                    + "`news.withdrawn` (a public item was withdrawn; data: id, slug, status).",
            extensions = @Extension(name = "x-event-types", parseValue = true, value = "["
                    + "{\"type\": \"news.published\", \"data\": \"NewsItem\", "
                    + "\"summary\": \"A press release became public (a scheduled one when its embargo ended)\"}"
                    + ", {\"type\": \"news.updated\", \"data\": \"NewsItem\", "
                    + "\"summary\": \"A public press release changed, its media included\"}"
                    + ", {\"type\": \"news.withdrawn\", \"data\": \"Tombstone\", "
                    + "\"summary\": \"A public press release was withdrawn\"}"
                    + "]"))
    @APIResponse(responseCode = "200", description = "The events after the cursor",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the events the feed keeps")
    public Uni<RestResponse<String>> changes(@BeanParam @Valid FeedQuery query) {
        return answers.answer(query, uri);
    }
}
