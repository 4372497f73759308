package org.twintowns.partnerships.municipality.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;

/** The filter query parameters of the municipality list and map ({@code @BeanParam}). */
public class MunicipalityQuery {

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "DE")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    public String country;

    @QueryParam("subdivision")
    @Parameter(description = "ISO 3166-2 subdivision code", example = "DE-TH")
    @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such as DE-TH")
    public String subdivision;

    @QueryParam("kind")
    @Parameter(description = "Kind of authority")
    public Municipality.Kind kind;

    @QueryParam("name")
    @Parameter(description = "Part of any of its names, in any script; case and diacritics are ignored",
            example = "Kyiv")
    @Size(max = 200)
    public String name;

    MunicipalityFilter toFilter() {
        return new MunicipalityFilter(country, subdivision, kind, name);
    }
}
