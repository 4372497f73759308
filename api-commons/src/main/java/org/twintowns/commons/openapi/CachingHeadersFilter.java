package org.twintowns.commons.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.PublicCaching;

/**
 * Documents once what every public read answers about caching (api-commons {@link PublicCaching}):
 * its 200 carries {@code Cache-Control} and an {@code ETag}, and {@code If-None-Match} with that ETag
 * answers 304. Runs after {@link SecurityResponsesFilter}, which makes every operation's security
 * explicit; an operation that describes these headers itself keeps its own description.
 */
public class CachingHeadersFilter implements OASFilter {

    static final String CACHE_CONTROL = "How long a browser or CDN may keep the answer: " + PublicCaching.DEFAULT
            + " unless the operation says otherwise; private, no-store when the request carries a token";
    static final String ETAG = "The version, or (lists, maps, feeds) a digest of the body: If-None-Match with it "
            + "answers 304 while it is current";
    static final String NOT_MODIFIED = "If-None-Match names the answer's current ETag; the answer has no body";
    /** The longest Cache-Control the services send (media bytes: public, max-age=31536000, immutable). */
    private static final int CACHE_CONTROL_LENGTH = 64;
    /** Directives with optional numbers, as the services write them: {@code public, max-age=60}. */
    static final String CACHE_CONTROL_PATTERN = "^[a-z-]+(=[0-9]+)?(, [a-z-]+(=[0-9]+)?)*$";
    /** A version ({@code "7"}) or a digest, strong or weak ({@code W/"hw7PvnArd4OnYVIP"}). */
    static final String ETAG_PATTERN = "^(W/)?\"[A-Za-z0-9_-]*\"$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation get = item.getGET();
            if (get == null || !readableWithoutToken(get.getSecurity()) || get.getResponses() == null) {
                continue;
            }
            APIResponse ok = get.getResponses().getAPIResponse("200");
            if (ok == null) {
                continue;
            }
            addHeader(ok, "Cache-Control", CACHE_CONTROL, CACHE_CONTROL_PATTERN, CACHE_CONTROL_LENGTH);
            addHeader(ok, "ETag", ETAG, ETAG_PATTERN, ETags.MAX_VERSION_TAG_LENGTH);
            SecurityResponsesFilter.document(get, "304", NOT_MODIFIED);
        }
    }

    /** Public ({@code security: []}), or with a token optional (one requirement names no scheme). */
    private static boolean readableWithoutToken(List<SecurityRequirement> security) {
        return security == null || security.isEmpty() || security.stream()
                .anyMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
    }

    private static void addHeader(APIResponse response, String name, String description, String pattern,
            int maxLength) {
        if (response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(name::equalsIgnoreCase)) {
            return;
        }
        Header header = OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .pattern(pattern).maxLength(maxLength));
        response.addHeader(name, header);
    }
}
