package org.twintowns.partnerships.municipality.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.text.Slugs;
import org.twintowns.commons.validation.CheckedBy;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.service.MunicipalityRules;

/** What a client sends to register or update a municipality. */
@Schema(name = "MunicipalityRequest")
@CheckedBy(MunicipalityRules.class)
public record MunicipalityRequest(
        @Schema(description = "Official name in the original language and script", examples = "Бровари")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "URL-safe identifier; derived from the name when omitted (required for names "
                + "without Latin letters)", examples = "brovary")
        @Size(max = 120) @Pattern(regexp = Slugs.PATTERN,
                message = "must be lowercase letters and digits separated by single hyphens")
        String slug,

        @Schema(description = "Kind of authority; REGION covers provinces and regions", examples = "CITY")
        @NotNull
        Municipality.Kind kind,

        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "UA", maxLength = 2)
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        String country,

        @Schema(description = "ISO 3166-2 subdivision code; must belong to the country", examples = "UA-32", maxLength = 6)
        @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such as DE-TH")
        String subdivision,

        @Schema(description = "Official municipality code: the 8-digit AGS for Germany", examples = "16053000")
        @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z]+", message = "must be letters and digits only")
        String officialCode,

        @Schema(description = "Wikidata item id", examples = "Q160373", maxLength = 13)
        @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q3150")
        String wikidataId,

        @Schema(description = "Inhabitants", examples = "109806")
        @Min(0) @Max(100_000_000)
        Integer population,

        @Schema(description = "Year the population was counted; required with population", examples = "2021")
        @Min(1800) @Max(2200)
        Integer populationYear,

        @Schema(description = "WGS 84 position of the town centre")
        @Valid
        Coordinates coordinates,

        @Schema(description = "Official website", examples = "https://brovary-rada.gov.ua")
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL")
        String website,

        @Schema(description = "Names in other languages and scripts, transliterations and former names")
        @Size(max = Municipality.MAX_OTHER_NAMES)
        List<@Valid @NotNull NameInput> otherNames) {

    /** A WGS 84 position. */
    @Schema(name = "Coordinates")
    public record Coordinates(
            @Schema(examples = "50.5114") @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Schema(examples = "30.7903") @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    /** Another name of the municipality. */
    @Schema(name = "MunicipalityNameInput")
    public record NameInput(
            @Schema(examples = "Browary") @NotBlank @Size(max = 200) String name,
            @Schema(description = "BCP 47 language tag", examples = "de", maxLength = 35)
            @NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as de or ru-Latn")
            String language,
            @Schema(examples = "EXONYM") @NotNull MunicipalityName.Kind kind,
            @Schema(description = "For former names: last day the name was used", examples = "2019-12-31")
            @PastOrPresent LocalDate usedUntil) {
    }
}
