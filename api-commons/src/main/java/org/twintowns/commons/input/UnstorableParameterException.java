package org.twintowns.commons.input;

import jakarta.ws.rs.BadRequestException;

/** A query, path, header or form parameter holds text that cannot be stored (NUL, half a surrogate pair). */
public class UnstorableParameterException extends BadRequestException {

    private final String parameter;

    public UnstorableParameterException(String parameter) {
        super("Parameter " + parameter + " holds text that cannot be stored");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
