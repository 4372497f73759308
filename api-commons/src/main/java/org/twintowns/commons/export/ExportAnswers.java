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

    // What every export operation's documentation says, the same in every service.
    public static final String STREAMED = "Every record, streamed as it is read (gzip with Accept-Encoding: gzip).";
    public static final String CSV_FILE = " RFC 4180, UTF-8 with a byte order mark, CRLF, a header row; Link "
            + "rel=\"describedby\" names its CSV on the Web metadata (the columns, their types and meaning). A text "
            + "cell that begins with = + - @ has a leading apostrophe, so that no spreadsheet runs it as a formula.";
    public static final String GEO_JSON_FILE = " An RFC 7946 FeatureCollection; a record without coordinates has a "
            + "null geometry. license, attribution and sources are members of the collection.";
    public static final String JSON_LD_FILE = " schema.org nodes in @graph, after a Dataset node with the licences "
            + "(license), the attribution (creditText) and the sources (isBasedOn).";
    public static final String LICENCE = " Each record names its sources and their licences; each source's licence "
            + "is in a Link rel=\"license\" header too.";
    public static final String CSVW = "W3C CSV on the Web metadata of the CSV export: its columns with their "
            + "datatypes and meaning, its licences and attribution.";

    private ExportAnswers() {
    }

    /** The answer for the export of {@code dataset} in {@code mediaType}; a CSV file's names its CSVW metadata. */
    public static RestResponse<StreamingOutput> stream(Dataset dataset, String mediaType, URI base, String etag,
                                                       String ifNoneMatch, String cacheControl, StreamingOutput body) {
        String describedBy = mediaType.equals(Distribution.CSV) ? dataset.csvMetadataPath() : null;
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
