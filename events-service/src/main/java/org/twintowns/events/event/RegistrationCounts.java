package org.twintowns.events.event;

/** How many confirmed and waitlisted registrations an event has: what its view shows and its capacity is held to. */
public record RegistrationCounts(long confirmed, long waitlisted) {

    public static final RegistrationCounts NONE = new RegistrationCounts(0, 0);
}
