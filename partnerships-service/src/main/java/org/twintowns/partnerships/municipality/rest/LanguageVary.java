package org.twintowns.partnerships.municipality.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every read of this service may name municipalities, and names follow {@code lang} or
 * {@code Accept-Language} (the municipality's displayName, participants, partners, both maps), so
 * every read answer says {@code Vary: Accept-Language}: a shared cache must not hand a German
 * reader the answer it kept for a Ukrainian one.
 */
public class LanguageVary {

    @ServerResponseFilter
    public void addVary(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String vary = response.getHeaderString(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        } else if (!vary.toLowerCase().contains("accept-language")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
