package org.twintowns.webhooks.outbound;

/**
 * What one call to a receiver came to: the status code it answered (null if none), or the error
 * that ended it, and how long it took.
 */
public record Attempt(Integer statusCode, String error, long durationMillis) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public static Attempt failed(String error, long durationMillis) {
        return new Attempt(null, error.length() > 500 ? error.substring(0, 500) : error, durationMillis);
    }
}
