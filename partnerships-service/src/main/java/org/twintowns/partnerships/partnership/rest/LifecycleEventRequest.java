package org.twintowns.partnerships.partnership.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.LifecycleEvent;

/** One step in a partnership's history, to be appended after the latest. */
@Schema(name = "LifecycleEventRequest")
public record LifecycleEventRequest(
        @Schema(examples = "SUSPENDED")
        @NotNull
        LifecycleEvent.Kind kind,

        @Schema(description = "When it happened; not in the future, not before the latest recorded event",
                examples = "2022-03-01")
        @NotNull
        LocalDate occurredOn,

        @Schema(description = "Why; required for SUSPENDED and ENDED",
                examples = "Russian war of aggression against Ukraine")
        @Size(max = 1000)
        String reason,

        @Schema(examples = "Decision of the city council")
        @Size(max = 1000)
        String note) {
}
