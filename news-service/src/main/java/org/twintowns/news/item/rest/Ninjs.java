package org.twintowns.news.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.rest.NinjsParts.Association;
import org.twintowns.news.item.rest.NinjsParts.Body;
import org.twintowns.news.item.rest.NinjsParts.Standard;
import org.twintowns.news.item.rest.NinjsParts.Subject;
import org.twintowns.news.item.rest.NinjsParts.Text;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.mapping.NewsItemMapper;
import org.twintowns.news.media.NewsMedia;

/**
 * An item in IPTC ninjs (news in JSON), for newsroom systems. Follows ninjs 2.1
 * (http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json): headlines, descriptions and bodies are
 * arrays of role/value objects, topics are subjects, and each image is an association of type
 * picture with its credit line in {@code by}, its licence in {@code usageterms} and its file in
 * {@code renditions}. (The 1.x names headline, description_text, body_html and subject are gone.)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Ninjs", description = "IPTC ninjs 2.1 representation of a news item")
public record Ninjs(
        @Schema(description = "Absolute URL of the item on the host the request was sent to") String uri,
        @Schema(enumeration = "text") String type,
        @Schema(enumeration = "full") String representationtype,
        @Schema(description = "The item's version", pattern = VERSION_PATTERN) String version,
        OffsetDateTime versioncreated,
        @Schema(description = "When the item was first created: for a release first published elsewhere, its "
                + "original publication date") OffsetDateTime firstcreated,
        @Schema(description = "For an embargoed item: when it becomes public") OffsetDateTime embargoed,
        @Schema(description = "usable when public, withheld before, canceled when withdrawn",
                enumeration = {"usable", "withheld", "canceled"}) String pubstatus,
        @Schema(maxLength = 2) String language,
        @Schema(maxLength = 160) String slugline,
        @Schema(description = "The headline", maxItems = 1) List<Text> headlines,
        @Schema(description = "The lead, when there is one", maxItems = 1) List<Text> descriptions,
        @Schema(maxItems = 1) List<Body> bodies,
        @Schema(description = "The topics", maxItems = 20) List<Subject> subjects,
        @Schema(description = "The issuer: the organisation, or the issuing municipality's name; absent while "
                + "that name cannot be looked up", maxLength = ISSUER_MAX) String by,
        @Schema(maxLength = ISSUER_MAX) String copyrightholder,
        @Schema(description = "The item's images, each with its credit (by) and licence (usageterms); at most "
                + "news.media.max-per-item (20 by default, the figure stated here)", maxItems = 20)
        List<Association> associations,
        Standard standard) {

    public static final String MEDIA_TYPE = "application/ninjs+json";
    /** A version number as text: a long. */
    static final String VERSION_PATTERN = "[0-9]{1,19}";
    /** The issuing organisation's name (300) or municipality's name. */
    static final int ISSUER_MAX = 300;
    static final Standard NINJS_2_1 = new Standard("ninjs", "2.1", "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json");

    /**
     * @param issuer the by-line ({@link NewsItemMapper#issuer}); null leaves {@code by} and
     *               {@code copyrightholder} out
     */
    public static Ninjs of(NewsItem n, List<NewsMedia> media, boolean isPublic, URI base, String issuer) {
        String pubstatus = isPublic ? "usable" : n.status == NewsItem.Status.WITHDRAWN ? "canceled" : "withheld";
        OffsetDateTime embargoed = n.status == NewsItem.Status.SCHEDULED && !isPublic ? n.publishedAt : null;
        // A release first published elsewhere was created no later than it was published.
        OffsetDateTime firstcreated = n.publishedAt != null && n.publishedAt.isBefore(n.createdAt)
                ? n.publishedAt : n.createdAt;
        List<Association> associations = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            associations.add(Association.of(i, media.get(i), base));
        }
        return new Ninjs(base.resolve("api/v1/news/" + n.id).toString(), "text", "full", String.valueOf(n.version),
                n.updatedAt, firstcreated, embargoed, pubstatus, n.language, n.slug,
                List.of(new Text("main", null, n.headline)),
                n.lead == null ? List.of() : List.of(new Text("summary", "text/plain", n.lead)),
                List.of(new Body("main", "text/html", n.bodyText.length(), NewsItemMapper.html(n))),
                Arrays.stream(n.topics).map(t -> new Subject(t, t)).toList(),
                issuer, issuer, associations, NINJS_2_1);
    }
}
