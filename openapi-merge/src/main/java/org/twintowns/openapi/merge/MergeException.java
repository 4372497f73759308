package org.twintowns.openapi.merge;

/** The contracts cannot be merged into one consistent document; the message says why and where. */
public class MergeException extends RuntimeException {

    public MergeException(String message) {
        super(message);
    }
}
