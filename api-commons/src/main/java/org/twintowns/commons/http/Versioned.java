package org.twintowns.commons.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** A representation together with the version it shows, for the ETag header. */
public record Versioned<T>(T body, long version) {

    public String etag() {
        return ETags.of(version);
    }

    /** 201 with Location, the ETag and the representation. */
    public RestResponse<T> created(URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).header(HttpHeaders.ETAG, etag()).entity(body).build();
    }

    /** 200 with the ETag and the representation, as after a change. */
    public RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag()).build();
    }

    /** 304 with the ETag when {@code If-None-Match} names this version, else {@link #ok()}. */
    public RestResponse<T> current(String ifNoneMatch) {
        if (ETags.notModified(ifNoneMatch, version)) {
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, etag())
                    .build();
        }
        return ok();
    }
}
