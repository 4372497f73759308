package org.twintowns.partnerships.municipality.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;

/** The filter query parameters of the municipality list and map ({@code @BeanParam}). */
public class MunicipalityQuery {

    @QueryParam("id")
    @Size(max = PageParams.MAX_IDS)
    @Parameter(description = "Only the municipalities with these ids; repeat the parameter for several (at most "
            + PageParams.MAX_IDS + "), so that one request answers for many")
    public List<UUID> id;

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

    @QueryParam("q")
    @Parameter(description = "Free-text search: part of any of its names, in any script; case and diacritics are "
            + "ignored. Without sort, the best match comes first: a name that is the search, then one that begins "
            + "with it, then the closest (trigram similarity), larger places first among equals", example = "Kyiv")
    @Size(max = 200)
    public String q;

    @QueryParam("name")
    @Parameter(description = "Deprecated alias of q, kept for existing clients; q wins when both are given",
            example = "Kyiv", deprecated = true)
    @Size(max = 200)
    public String name;

    MunicipalityFilter toFilter() {
        return new MunicipalityFilter(id == null || id.isEmpty() ? null : List.copyOf(id), country, subdivision,
                kind, q != null && !q.isBlank() ? q : name);
    }
}
