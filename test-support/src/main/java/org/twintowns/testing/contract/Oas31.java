package org.twintowns.testing.contract;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads an OpenAPI 3.1 document so that openapi-diff, which compares the 3.0 fields, sees its
 * types and bounds: {@code type} from the 3.1 type set and numeric {@code exclusiveMinimum} /
 * {@code exclusiveMaximum} as a bound with the 3.0 flag. Without this, a changed type in a 3.1
 * document would go unnoticed.
 */
final class Oas31 {

    private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private Oas31() {
    }

    static OpenAPI fromContents(String text) {
        return normalized(new OpenAPIV3Parser().readContents(text, null, options()), "the document");
    }

    static OpenAPI fromLocation(String location) {
        return normalized(new OpenAPIV3Parser().readLocation(location, null, options()), location);
    }

    private static ParseOptions options() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    private static OpenAPI normalized(SwaggerParseResult result, String what) {
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("Cannot read " + what + " as OpenAPI: " + result.getMessages());
        }
        new Oas31().document(result.getOpenAPI());
        return result.getOpenAPI();
    }

    private void document(OpenAPI api) {
        Components components = api.getComponents();
        if (components != null) {
            values(components.getSchemas()).forEach(this::schema);
            values(components.getParameters()).forEach(this::parameter);
            values(components.getHeaders()).forEach(this::header);
            values(components.getResponses()).forEach(this::response);
            values(components.getRequestBodies()).forEach(body -> content(body.getContent()));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(this::parameter);
                }
                item.readOperations().forEach(this::operation);
            });
        }
    }

    private void operation(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(this::parameter);
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(this::response);
        }
    }

    private void parameter(Parameter parameter) {
        schema(parameter.getSchema());
        content(parameter.getContent());
    }

    private void header(Header header) {
        schema(header.getSchema());
        content(header.getContent());
    }

    private void response(ApiResponse response) {
        values(response.getHeaders()).forEach(this::header);
        content(response.getContent());
    }

    private void content(Content content) {
        values(content).forEach(mediaType -> schema(mediaType.getSchema()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void schema(Schema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        Set<String> types = schema.getTypes();
        if (schema.getType() == null && types != null) {
            List<String> concrete = types.stream().filter(t -> !"null".equals(t)).toList();
            if (concrete.size() == 1) {
                schema.setType(concrete.get(0));
            }
            if (types.contains("null")) {
                schema.setNullable(true);
            }
        }
        if (schema.getExclusiveMinimumValue() != null && schema.getMinimum() == null) {
            schema.setMinimum(schema.getExclusiveMinimumValue());
            schema.setExclusiveMinimum(true);
        }
        if (schema.getExclusiveMaximumValue() != null && schema.getMaximum() == null) {
            schema.setMaximum(schema.getExclusiveMaximumValue());
            schema.setExclusiveMaximum(true);
        }
        if (schema.getProperties() != null) {
            for (Object property : schema.getProperties().values()) {
                schema((Schema) property);
            }
        }
        schema(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            schema(additional);
        }
        for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (composed != null) {
                composed.forEach(this::schema);
            }
        }
        schema(schema.getNot());
    }

    private static <T> java.util.Collection<T> values(java.util.Map<String, T> map) {
        return map == null ? List.of() : map.values();
    }
}
