package org.twintowns.gateway.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The merged contract of the platform as the build puts it into the gateway (openapi-merge over contracts/). */
public final class MergedContract {

    public static final String YAML = "META-INF/openapi.yaml";
    public static final String JSON = "META-INF/openapi.json";

    private MergedContract() {
    }

    /**
     * The path templates of every operation ({@code /api/v1/municipalities/{id}}), in the document's
     * order. Read from the JSON form with a streaming parser that skips what lies under each path: no
     * tree of the whole document is built, and no YAML parsed, while the gateway starts.
     */
    public static List<String> paths() {
        try (InputStream in = open(JSON); JsonParser parser = new JsonFactory().createParser(in)) {
            List<String> paths = new ArrayList<>();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException(JSON + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("paths")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    paths.add(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + JSON, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing: the build merges contracts/*.yaml into it");
        }
        return in;
    }
}
