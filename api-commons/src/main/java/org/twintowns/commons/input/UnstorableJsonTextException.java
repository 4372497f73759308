package org.twintowns.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string (a value or a member name) holds text that cannot be stored (NUL, half a surrogate pair). */
public class UnstorableJsonTextException extends InvalidFormatException {

    public UnstorableJsonTextException(JsonParser parser, String value) {
        super(parser, "A JSON string holds text that cannot be stored", value, String.class);
    }
}
