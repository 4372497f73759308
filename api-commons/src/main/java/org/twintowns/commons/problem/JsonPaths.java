package org.twintowns.commons.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Renders the location of a JSON mapping error as a field path such as {@code names.de} or {@code sessions[2].title}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
