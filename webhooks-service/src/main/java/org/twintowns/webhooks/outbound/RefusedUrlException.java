package org.twintowns.webhooks.outbound;

/** A webhook URL that may not be called, and why (in words for the client). */
public class RefusedUrlException extends Exception {

    public RefusedUrlException(String reason) {
        super(reason);
    }
}
