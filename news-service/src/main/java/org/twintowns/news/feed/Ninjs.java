package org.twintowns.news.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.NewsItem;

/** An item in IPTC ninjs (news in JSON), for newsroom systems. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Ninjs", description = "IPTC ninjs representation of a news item")
public record Ninjs(
        String uri,
        String type,
        String version,
        OffsetDateTime versioncreated,
        OffsetDateTime firstcreated,
        @Schema(description = "usable when public, withheld before, canceled when withdrawn") String pubstatus,
        String headline,
        String description_text,
        @JsonProperty("body_html") String bodyHtml,
        String language,
        List<Subject> subject,
        String by,
        String copyrightholder,
        String located) {

    public static final String MEDIA_TYPE = "application/ninjs+json";

    /** A topic of the item. */
    public record Subject(String name, String code) {
    }

    public static Ninjs of(NewsItem n, boolean isPublic, URI base) {
        String pubstatus = isPublic ? "usable" : n.status == NewsItem.Status.WITHDRAWN ? "canceled" : "withheld";
        String issuer = n.issuerName != null ? n.issuerName
                : n.issuerMunicipalityId != null ? "municipality " + n.issuerMunicipalityId : null;
        return new Ninjs(base.resolve("api/v1/news/" + n.id).toString(), "text", String.valueOf(n.version),
                n.updatedAt, n.createdAt, pubstatus, n.headline, n.lead, NewsFeeds.html(n), n.language,
                Arrays.stream(n.topics).map(t -> new Subject(t, "topic:" + t)).toList(),
                n.contactName, issuer, n.issuerName);
    }
}
