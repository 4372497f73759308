package org.twintowns.news.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.mapping.MediaMapper;

/** The nested objects of IPTC ninjs 2.1 that {@link Ninjs} uses, named as in the ninjs schema. */
public final class NinjsParts {

    static final String MAX_INT = "" + Integer.MAX_VALUE;

    private NinjsParts() {
    }

    /** An element of headlines or descriptions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsText")
    public record Text(
            @Schema(enumeration = {"main", "summary", "caption", "alttext"}) String role,
            @Schema(enumeration = "text/plain") String contenttype,
            @Schema(description = "Headline (300), lead (1000), caption or alt text (1000), as plain text",
                    maxLength = 1000) String value) {
    }

    /** An element of bodies. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsBody")
    public record Body(
            @Schema(enumeration = "main") String role,
            @Schema(enumeration = "text/html") String contenttype,
            @Schema(description = "Characters of the body's text", minimum = "0", maximum = "50000") Integer charcount,
            @Schema(description = "The lead (escaped, in a paragraph) and the body, as HTML") String value) {
    }

    /** An element of subjects: one of the item's topics. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsSubject")
    public record Subject(@Schema(maxLength = 60) String name, @Schema(maxLength = 60) String literal) {
    }

    /** An element of renditions: one file of a picture. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsRendition")
    public record Rendition(
            @Schema(enumeration = "original") String name,
            @Schema(description = "Absolute URL of the file on the host the request was sent to") String href,
            @Schema(enumeration = {"image/jpeg", "image/png", "image/webp", "image/gif"}) String contenttype,
            @Schema(minimum = "1", maximum = MAX_INT) Integer width,
            @Schema(minimum = "1", maximum = MAX_INT) Integer height,
            @Schema(minimum = "1", maximum = MAX_INT) Integer sizeinbytes) {
    }

    /** An element of infosources: where a picture comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsInfosource")
    public record Infosource(@Schema(description = "The credit line", maxLength = 300) String name,
                             @Schema(maxLength = 2000) String uri) {
    }

    /**
     * An element of associations: a picture with its credit line ({@code by}), licence
     * ({@code usageterms}), caption and alt text ({@code descriptions}) and its file
     * ({@code renditions}).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsAssociation")
    public record Association(
            @Schema(description = "picture1, picture2, ... in the item's order", pattern = "picture[1-9][0-9]{0,9}")
            String name,
            @Schema(description = "urn:uuid: and the image's id", maxLength = 45) String uri,
            @Schema(enumeration = "picture") String type,
            @Schema(pattern = Ninjs.VERSION_PATTERN) String version,
            @Schema(description = "The credit line", maxLength = 300) String by,
            @Schema(description = "The licence", maxLength = 200) String usageterms,
            @Schema(description = "Caption and alt text, when given", maxItems = 2) List<Text> descriptions,
            @Schema(maxItems = 1) List<Rendition> renditions,
            @Schema(maxItems = 1) List<Infosource> infosources) {

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
    public record Standard(
            @Schema(enumeration = "ninjs") String name,
            @Schema(enumeration = "2.1") String version,
            @Schema(enumeration = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json") String schema) {
    }
}
