package org.twintowns.news.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.mapping.MediaMapper;

/** The nested objects of IPTC ninjs 2.1 that {@link Ninjs} uses, named as in the ninjs schema. */
public final class NinjsParts {

    private NinjsParts() {
    }

    /** An element of headlines or descriptions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsText")
    public record Text(String role, String contenttype, String value) {
    }

    /** An element of bodies. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsBody")
    public record Body(String role, String contenttype, Integer charcount, String value) {
    }

    /** An element of subjects: one of the item's topics. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsSubject")
    public record Subject(String name, String literal) {
    }

    /** An element of renditions: one file of a picture. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsRendition")
    public record Rendition(String name, String href, String contenttype, Integer width, Integer height,
                            Integer sizeinbytes) {
    }

    /** An element of infosources: where a picture comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsInfosource")
    public record Infosource(String name, String uri) {
    }

    /**
     * An element of associations: a picture with its credit line ({@code by}), licence
     * ({@code usageterms}), caption and alt text ({@code descriptions}) and its file
     * ({@code renditions}).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsAssociation")
    public record Association(String name, String uri, String type, String version, String by, String usageterms,
                              List<Text> descriptions, List<Rendition> renditions, List<Infosource> infosources) {

        static Association of(int index, NewsMedia m, URI base) {
            String href = base.resolve(MediaMapper.contentPath(m.newsItemId, m.id).substring(1)).toString();
            List<Text> descriptions = new ArrayList<>();
            if (m.caption != null) {
                descriptions.add(new Text("caption", "text/plain", m.caption));
            }
            if (m.altText != null) {
                descriptions.add(new Text("alttext", "text/plain", m.altText));
            }
            return new Association("picture" + (index + 1), "urn:uuid:" + m.id, "picture", String.valueOf(m.version),
                    m.credit, m.licence, descriptions,
                    List.of(new Rendition("original", href, m.contentType, m.width, m.height, m.byteSize)),
                    m.sourceUrl == null ? List.of() : List.of(new Infosource(m.credit, m.sourceUrl)));
        }
    }

    /** Which standard and version the document follows. */
    @Schema(name = "NinjsStandard")
    public record Standard(String name, String version, String schema) {
    }
}
