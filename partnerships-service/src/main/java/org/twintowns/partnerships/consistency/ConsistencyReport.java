package org.twintowns.partnerships.consistency;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the registry's data contradicts itself or the world, for people to check. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConsistencyReport")
public record ConsistencyReport(
        OffsetDateTime generatedAt,
        @Schema(description = "Pairs an imported source lists from one German side only; the other side "
                + "(also covered by the source) does not list it")
        List<OneSidedPair> oneSidedPairs,
        @Schema(description = "Municipalities whose coordinates lie outside their country's bounds")
        List<MisplacedMunicipality> coordinatesOutsideCountry,
        @Schema(description = "Countries the position check has no bounds for (their municipalities are not checked)",
                maxItems = 26 * 26)
        List<@Size(max = 2) String> countriesNotChecked,
        @Schema(description = "Partnerships whose lifecycle history does not lead to their status")
        List<HistoryContradiction> historyContradictions,
        @Schema(description = "Pairs of municipalities that are likely one place recorded twice: same country, the "
                + "same name once the words for their kind are left out (Västerås and Västerås Municipality), and "
                + "close together or without positions. An admin merges one into the other (mergeMunicipality).")
        List<LikelyDuplicate> likelyDuplicates) {

    /** A municipality reference with its name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConsistencyMunicipality")
    public record Place(UUID id, @Schema(maxLength = 200) String name, @Schema(maxLength = 2) String country) {
    }

    /** A pair one side lists and the other does not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OneSidedPair")
    public record OneSidedPair(UUID partnershipId, @Schema(maxLength = 60) String source, Place listedBy,
                               Place notListedBy) {
    }

    /** A position outside the country. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MisplacedMunicipality")
    public record MisplacedMunicipality(Place municipality, double latitude, double longitude) {
    }

    /** Two records that are likely one place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LikelyDuplicate")
    public record LikelyDuplicate(
            Place municipality,
            @Schema(description = "The record it is likely the same place as") Place sameAs,
            @Schema(description = "Distance between the two positions, when both have one", minimum = "0",
                    maximum = "20040") Double distanceKm,
            @Schema(description = "Why they look like one place", maxLength = 300) String reason) {
    }

    /** A status the history does not support. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HistoryContradiction")
    public record HistoryContradiction(
            UUID partnershipId,
            @Schema(enumeration = {"ACTIVE", "SUSPENDED", "ENDED"}) String status,
            @Schema(enumeration = {"ACTIVE", "SUSPENDED", "ENDED"}) String derivedStatus,
            @Schema(description = "Made of status and event names only", maxLength = 300) String reason) {
    }
}
