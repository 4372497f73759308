package org.twintowns.commons.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Puts a request example on every write that has one in the service's resources, as
 * {@value #FOLDER}{@code <operationId>.json}: it becomes the example of the JSON request body, which
 * Swagger UI fills in and client generators show. A resource needs no annotation for it, and the
 * example is a file a test can post as it is, so that it stays a request the service accepts.
 */
public class RequestExamplesFilter implements OASFilter {

    /** Where a service keeps its examples, on its class path. */
    public static final String FOLDER = "META-INF/openapi-examples/";

    private static final String JSON_MEDIA_TYPE = "application/json";
    /** Decimals as written (an amount of 50000.00 stays that, not 50000.0). */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.forEach(openAPI, operation -> jsonBody(operation).filter(json -> json.getExample() == null)
                .ifPresent(json -> example(operation.getOperationId()).ifPresent(json::setExample)));
    }

    /** The JSON media type of the operation's request body, when it names one and has an operationId. */
    private static Optional<MediaType> jsonBody(Operation operation) {
        if (operation.getOperationId() == null || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(operation.getRequestBody().getContent().getMediaTypes()
                .get(JSON_MEDIA_TYPE));
    }

    /** The example of an operation's request body, read as JSON (objects keep the order of the file). */
    public static Optional<Object> example(String operationId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = RequestExamplesFilter.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(FOLDER + operationId + ".json")) {
            return in == null ? Optional.empty() : Optional.of(MAPPER.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The request example " + FOLDER + operationId + ".json is not JSON", e);
        }
    }
}
