package org.twintowns.news.item.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.item.repository.NewsFilter;

/**
 * The filters list, search and feeds share ({@code @BeanParam}). Ids and times are parsed here
 * rather than by JAX-RS converters: a failed conversion there answers 404 without naming the parameter.
 */
public class NewsQuery {

    @QueryParam("language")
    @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as de")
    @Parameter(description = "ISO 639-1 language code", example = "de")
    public String language;

    @QueryParam("from")
    @Parameter(description = "Published at or after this time (ISO 8601 with offset; send + as %2B)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2022-12-01T00:00:00Z")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Published before this time (ISO 8601 with offset; send + as %2B); must be later than from",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2023-01-01T00:00:00Z")
    public String to;

    @QueryParam("issuer")
    @Parameter(description = "Issued by this municipality (id)", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String issuer;

    @QueryParam("municipality")
    @Parameter(description = "Issued by or about this municipality (id)",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String municipality;

    @QueryParam("partnership")
    @Parameter(description = "About this partnership (id)", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String partnership;

    @QueryParam("event")
    @Parameter(description = "About this event (id)", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String event;

    @QueryParam("topic")
    @Size(max = 60)
    @Parameter(description = "Tagged with this topic", example = "solidarity")
    public String topic;

    public NewsFilter toFilter() {
        return NewsFilter.publicView(language, dateTime("from", from), dateTime("to", to), id("issuer", issuer),
                id("municipality", municipality), id("partnership", partnership), id("event", event), topic);
    }

    static OffsetDateTime dateTime(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter,
                    "must be an ISO 8601 date-time with offset, such as 2022-12-01T00:00:00Z");
        }
    }

    static UUID id(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be a UUID");
        }
    }
}
