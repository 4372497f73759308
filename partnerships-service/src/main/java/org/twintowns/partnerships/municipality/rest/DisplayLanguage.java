package org.twintowns.partnerships.municipality.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.twintowns.commons.http.Languages;

/**
 * The languages a client reads a municipality's displayName in: {@code lang}, else
 * {@code Accept-Language}. A {@code @BeanParam} of every municipality resource, so that each
 * operation on a municipality documents both.
 */
public class DisplayLanguage {

    @QueryParam("lang")
    @Parameter(description = "Language for displayName; overrides Accept-Language", example = "de")
    @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as de")
    public String lang;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    public String acceptLanguage;

    /** The languages in order of preference; empty when the client named none. */
    public List<String> preferred() {
        return Languages.preferred(lang, acceptLanguage);
    }
}
