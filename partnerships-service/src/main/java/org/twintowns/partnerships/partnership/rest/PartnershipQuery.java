package org.twintowns.partnerships.partnership.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.repository.PartnershipFilter;

/** The filter query parameters of the partnership list, map and statistics ({@code @BeanParam}). */
public class PartnershipQuery {

    @QueryParam("id")
    @Size(max = PageParams.MAX_IDS)
    @Parameter(description = "Only the partnerships with these ids; repeat the parameter for several (at most "
            + PageParams.MAX_IDS + "), so that one request answers for many")
    public List<UUID> id;

    @QueryParam("municipality")
    @Parameter(description = "Only partnerships this municipality takes part in")
    public UUID municipality;

    @QueryParam("country")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    @Parameter(description = "ISO 3166-1 alpha-2: a participant is in this country", example = "DE")
    public String country;

    @QueryParam("partnerCountry")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    @Parameter(description = "ISO 3166-1 alpha-2: with country, another participant is in this country; "
            + "alone, any participant is", example = "UA")
    public String partnerCountry;

    @QueryParam("state")
    @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such as DE-TH")
    @Parameter(description = "ISO 3166-2: a participant is in this subdivision", example = "DE-TH")
    public String state;

    @QueryParam("type")
    @Parameter(description = "Type of partnership")
    public Partnership.Type type;

    @QueryParam("status")
    @Parameter(description = "Current status")
    public Partnership.Status status;

    @QueryParam("topic")
    @Size(max = 40)
    @Pattern(regexp = Slugs.PATTERN, message = "must be a topic slug such as fire-services")
    @Parameter(description = "Has this topic", example = "rehabilitation")
    public String topic;

    @QueryParam("foundedFrom")
    @Min(1000) @Max(9999)
    @Parameter(description = "Founded in or after this year", example = "1990")
    public Integer foundedFrom;

    @QueryParam("foundedTo")
    @Min(1000) @Max(9999)
    @Parameter(description = "Founded in or before this year", example = "2022")
    public Integer foundedTo;

    public PartnershipFilter toFilter() {
        if (foundedFrom != null && foundedTo != null && foundedTo < foundedFrom) {
            throw ProblemException.invalidField("foundedTo", "must not be before foundedFrom (" + foundedFrom + ")");
        }
        return new PartnershipFilter(id == null || id.isEmpty() ? null : List.copyOf(id), municipality, country, partnerCountry, state, type, status, topic,
                foundedFrom, foundedTo);
    }
}
