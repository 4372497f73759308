package org.twintowns.testing.input;

import java.util.List;
import java.util.Map;

/**
 * One place an operation takes text: a query or path parameter, a top-level string (or string
 * list or map) member of its JSON body, or a field of its multipart form.
 *
 * @param field what the problem must name: the parameter, or the member's path ({@code tags[0]}, {@code names.de})
 * @param body  the operation's body type (json, multipart), or null: a parameter case sends an empty one
 * @param accepts the media types of its success answer: one representation may read a parameter another ignores
 */
record TextInputCase(String method, String path, Map<String, Object> pathValues, String location, String name,
                     String field, String body, List<String> accepts) {

    @Override
    public String toString() {
        return method.toUpperCase() + " " + path + " " + location + " " + field;
    }
}
