package org.twintowns.commons.problem;

import io.vertx.core.http.HttpServerRequest;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds which query parameter a failed parameter conversion was about. The converters' messages
 * quote the bad value ({@code For input string: "abc"}, {@code No enum constant ...Kind.FOO},
 * {@code Invalid UUID string: x}, {@code Text 'x' could not be parsed}); the message itself is
 * never shown to the client.
 */
final class ParameterFailures {

    private ParameterFailures() {
    }

    static Optional<String> offendingQueryParameter(HttpServerRequest request, Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return request.params().entries().stream()
                .filter(e -> !e.getValue().isEmpty() && quotes(message, e.getValue()))
                // The longest matching value is the most specific candidate.
                .max(Comparator.comparingInt(e -> e.getValue().length()))
                .map(Map.Entry::getKey);
    }

    private static boolean quotes(String message, String value) {
        return message.contains("\"" + value + "\"") || message.contains("'" + value + "'")
                || message.endsWith("." + value)
                || message.endsWith(": " + value) || message.endsWith(" " + value);
    }
}
