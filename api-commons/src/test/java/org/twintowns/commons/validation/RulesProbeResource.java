package org.twintowns.commons.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A request with constraints and rules, to show that both are reported in one answer. */
@Path("/probe/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesProbeResource {

    @CheckedBy(BookingRules.class)
    public record Booking(@NotBlank String name, @NotNull Integer from, Integer to, String code) {
    }

    /** Two rules: the interval and a code that must not hold braces (which a message template would read). */
    static final class BookingRules implements RequestRules<Booking> {
        @Override
        public void check(Booking booking, Violations violations) {
            if (booking.code() != null) {
                violations.check(booking.code().matches("[A-Z]+"), "code", "'" + booking.code() + "' is not a code");
            }
            // Trips over a missing from, on purpose.
            if (booking.to() != null) {
                violations.check(booking.from() < booking.to(), "to", "must be after from");
            }
        }
    }

    @POST
    public Booking book(@NotNull @Valid Booking booking) {
        return booking;
    }
}
