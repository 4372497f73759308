package org.twintowns.commons.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.Languages;

/**
 * States in the contracts the length limits that hold the same way in every service, so that no
 * resource repeats them: strings whose format or validation pattern fixes their length, entity
 * tags, and the shared request headers and parameters whose length api-commons checks (refusing
 * longer ones with a 400 problem). A limit an operation states itself is kept.
 */
public class LimitsFilter implements OASFilter {

    /**
     * Formats whose grammar bounds the length: a UUID is 36 characters, an RFC 3339 full-date 10,
     * and a date-time at most 35, since Java reads and writes at most nanoseconds
     * ({@code 2024-11-15T09:00:00.123456789+01:00}).
     */
    public static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    /** How SmallRye writes @NotBlank: "contains a non-space", which bounds nothing (unlike an @Pattern). */
    static final String NOT_BLANK = "\\S";

    /** Header parameters (lower case) and the longest value the shared code accepts. */
    static final Map<String, Integer> HEADER_LENGTHS = Map.of(
            Idempotency.HEADER.toLowerCase(Locale.ROOT), Idempotency.MAX_KEY_LENGTH,
            "if-match", ETags.MAX_HEADER_LENGTH,
            "if-none-match", ETags.MAX_HEADER_LENGTH,
            "accept-language", Languages.MAX_HEADER_LENGTH);

    @Override
    public Schema filterSchema(Schema schema) {
        if (!isString(schema) || schema.getMaxLength() != null) {
            return schema;
        }
        if (schema.getFormat() != null && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
            schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
        } else if (schema.getPattern() != null && !schema.getPattern().equals(NOT_BLANK)) {
            // Bean Validation's @Pattern matches the whole value, so a bounded pattern bounds the length.
            PatternLengths.max(schema.getPattern()).ifPresent(schema::setMaxLength);
        }
        return schema;
    }

    /** The entity tag of a record is its quoted version; an operation that sends another kind says so itself. */
    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> {
                if (name.equalsIgnoreCase("ETag") && header.getSchema() != null && isString(header.getSchema())
                        && header.getSchema().getMaxLength() == null && header.getSchema().getPattern() == null) {
                    header.getSchema().setMaxLength(ETags.MAX_VERSION_TAG_LENGTH);
                }
            });
        }
        return response;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || !isString(schema) || schema.getMaxLength() != null || parameter.getName() == null) {
            return parameter;
        }
        String name = parameter.getName().toLowerCase(Locale.ROOT);
        if (parameter.getIn() == Parameter.In.HEADER && HEADER_LENGTHS.containsKey(name)) {
            schema.setMaxLength(HEADER_LENGTHS.get(name));
            if (name.equals(Idempotency.HEADER.toLowerCase(Locale.ROOT)) && schema.getPattern() == null) {
                schema.setPattern(Idempotency.KEY_PATTERN);
            }
        } else if (parameter.getIn() == Parameter.In.QUERY && name.equals("lang")) {
            schema.setMaxLength(Languages.MAX_TAG_LENGTH);
        }
        return parameter;
    }

    private static boolean isString(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        return type != null && type.contains(Schema.SchemaType.STRING);
    }
}
