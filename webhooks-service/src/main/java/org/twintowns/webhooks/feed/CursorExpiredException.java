package org.twintowns.webhooks.feed;

/** The feed no longer keeps the events after this cursor (410 cursor-expired). */
public class CursorExpiredException extends Exception {

    public CursorExpiredException(String message) {
        super(message);
    }
}
