package org.twintowns.commons.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.ETags;

/**
 * The answer of a bulk export: streamed, with a {@code Content-Disposition} that saves it under its
 * name, the export's version as ETag (a revalidation whose tag still holds is a 304, and the file is
 * not written at all), a {@code Cache-Control}, and {@code Link}s to every licence of its sources
 * (RFC 8288 {@code rel="license"}, RFC 4946) and to a document that describes it ({@code describedby}).
 *
 * <p>The ETag is set here, before the body: {@code PublicCaching} digests only bodies without one, and
 * digesting would hold the whole export in memory.
 */
public final class ExportAnswers {

    private ExportAnswers() {
    }

    /**
     * @param describedBy the path of the CSV on the Web metadata of a CSV export, or null
     */
    public static RestResponse<StreamingOutput> stream(Dataset dataset, String mediaType, URI base, String etag,
                                                       String ifNoneMatch, String cacheControl, String describedBy,
                                                       StreamingOutput body) {
        List<String> links = new ArrayList<>();
        for (String licence : JsonExports.licenceUrls(dataset)) {
            links.add("<" + licence + ">; rel=\"license\"");
        }
        if (describedBy != null) {
            links.add("<" + base.resolve(describedBy) + ">; rel=\"describedby\"; type=\"" + Distribution.CSVW + "\"");
        }
        String path = dataset.path(mediaType);
        RestResponse.ResponseBuilder<StreamingOutput> answer;
        if (ETags.namedIn(ifNoneMatch, etag)) {
            answer = RestResponse.ResponseBuilder.create(Response.Status.NOT_MODIFIED);
        } else {
            answer = RestResponse.ResponseBuilder.ok(body, mediaType + (mediaType.startsWith("text/")
                    ? "; charset=utf-8" : ""));
            if (mediaType.equals(Distribution.CSV)) {
                // RFC 4180's optional parameter: the file has a header row.
                answer.header(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8; header=present");
            }
            answer.header("Content-Disposition", "attachment; filename=\"" + path.substring(path.lastIndexOf('/') + 1)
                    + "\"");
        }
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Link", String.join(", ", links)).build();
    }
}
