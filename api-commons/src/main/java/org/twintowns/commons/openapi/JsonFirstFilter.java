package org.twintowns.commons.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Puts {@code application/json} first among the media types of every answer that has it. Client
 * generators type an operation's result by its answer's first media type: a GET of one municipality
 * that also answers JSON-LD (or a list that also answers GeoJSON) must still give a typed
 * {@code Municipality} to a generated client, not an untyped object.
 */
public class JsonFirstFilter implements OASFilter {

    static final String JSON = "application/json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> jsonFirst(response.getContent()));
            }
        }));
    }

    private static void jsonFirst(Content content) {
        if (content == null || content.getMediaTypes() == null || !content.getMediaTypes().containsKey(JSON)) {
            return;
        }
        Map<String, MediaType> ordered = new LinkedHashMap<>();
        ordered.put(JSON, content.getMediaType(JSON));
        content.getMediaTypes().forEach((type, media) -> ordered.putIfAbsent(type, media));
        content.setMediaTypes(ordered);
    }
}
