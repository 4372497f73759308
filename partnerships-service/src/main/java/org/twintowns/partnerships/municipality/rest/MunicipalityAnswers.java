package org.twintowns.partnerships.municipality.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.Versioned;

/** A municipality as an answer: the shared ETag/304 handling, plus what a municipality's answer adds. */
final class MunicipalityAnswers {

    private MunicipalityAnswers() {
    }

    /**
     * 304 when {@code If-None-Match} names this version; else 200 with the ETag, {@code Vary:
     * Accept-Language} (displayName is in the language asked for) and, once merged, a Link to the
     * successor.
     */
    static RestResponse<MunicipalityView> current(Versioned<MunicipalityView> found, String ifNoneMatch) {
        RestResponse<MunicipalityView> answer = found.current(ifNoneMatch);
        if (answer.getStatus() != RestResponse.StatusCode.OK) {
            return answer;
        }
        RestResponse.ResponseBuilder<MunicipalityView> ok = RestResponse.ResponseBuilder.fromResponse(answer)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (found.body().mergedInto() != null) {
            ok.header("Link", "<" + UriBuilder.fromResource(MunicipalityResource.class)
                    .path(found.body().mergedInto().id().toString()).build() + ">; rel=\"successor-version\"");
        }
        return ok.build();
    }
}
