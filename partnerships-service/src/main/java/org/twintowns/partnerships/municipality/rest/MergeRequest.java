package org.twintowns.partnerships.municipality.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That a municipality became part of another, and when. */
@Schema(name = "MunicipalityMergeRequest")
public record MergeRequest(
        @Schema(description = "The municipality it merged into") @NotNull UUID into,
        @Schema(description = "Day the merger took effect", examples = "2019-01-01") @NotNull @PastOrPresent LocalDate on) {
}
