package org.twintowns.commons.http;

/** A representation together with the version it shows, for the ETag header. */
public record Versioned<T>(T body, long version) {

    public String etag() {
        return ETags.of(version);
    }
}
