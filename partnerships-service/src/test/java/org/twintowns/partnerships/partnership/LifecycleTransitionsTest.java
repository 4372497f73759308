package org.twintowns.partnerships.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.partnership.LifecycleEvent.Kind;
import org.twintowns.partnerships.partnership.Partnership.Status;

/** The lifecycle state machine on its own, without HTTP or a database. */
class LifecycleTransitionsTest {

    @Test
    void shouldStartOnlyWithFoundingKinds() {
        assertEquals(EnumSet.of(Kind.ESTABLISHED, Kind.COUNCIL_DECISION, Kind.CHARTER_SIGNED),
                LifecycleTransitions.allowedAfter(null));
        assertEquals(Status.ACTIVE, LifecycleTransitions.next(null, Kind.CHARTER_SIGNED));
        assertThrows(InvalidTransitionException.class, () -> LifecycleTransitions.next(null, Kind.SUSPENDED));
    }

    @Test
    void shouldAllowEstablishedOnlyFirst() {
        for (Status status : Status.values()) {
            assertTrue(!LifecycleTransitions.allowedAfter(status).contains(Kind.ESTABLISHED), status.name());
        }
    }

    @Test
    void shouldFollowTheTransitionTable() {
        assertEquals(EnumSet.of(Kind.COUNCIL_DECISION, Kind.CHARTER_SIGNED, Kind.SUSPENDED, Kind.ENDED),
                LifecycleTransitions.allowedAfter(Status.ACTIVE));
        assertEquals(EnumSet.of(Kind.REACTIVATED, Kind.ENDED), LifecycleTransitions.allowedAfter(Status.SUSPENDED));
        assertEquals(EnumSet.of(Kind.REACTIVATED), LifecycleTransitions.allowedAfter(Status.ENDED));
        assertEquals(Status.ACTIVE, LifecycleTransitions.next(Status.ACTIVE, Kind.COUNCIL_DECISION));
        assertEquals(Status.ENDED, LifecycleTransitions.next(Status.SUSPENDED, Kind.ENDED));
        assertEquals(Status.ACTIVE, LifecycleTransitions.next(Status.ENDED, Kind.REACTIVATED));
    }

    @Test
    void shouldDeriveStatusFromWholeHistory() {
        assertNull(LifecycleTransitions.replay(List.of()));
        assertEquals(Status.SUSPENDED, LifecycleTransitions.replay(List.of(Kind.ESTABLISHED, Kind.SUSPENDED)));
        assertEquals(Status.ACTIVE, LifecycleTransitions.replay(
                List.of(Kind.COUNCIL_DECISION, Kind.CHARTER_SIGNED, Kind.SUSPENDED, Kind.REACTIVATED)));
    }

    @Test
    void shouldNameCurrentStatusAndAllowedKindsWhenRefusing() {
        InvalidTransitionException refused = assertThrows(InvalidTransitionException.class,
                () -> LifecycleTransitions.next(Status.ENDED, Kind.SUSPENDED));
        assertEquals("A partnership that is ENDED cannot record SUSPENDED; allowed next: REACTIVATED.",
                refused.describe());
    }

    @Test
    void shouldKeepAggregateUnchangedWhenRefusingAnEarlierDate() {
        Partnership partnership = new Partnership();
        partnership.appendEvent(Kind.ESTABLISHED, LocalDate.of(2005, 1, 1), null, null);
        partnership.appendEvent(Kind.SUSPENDED, LocalDate.of(2022, 3, 1), "War", null);

        InvalidTransitionException refused = assertThrows(InvalidTransitionException.class,
                () -> partnership.appendEvent(Kind.REACTIVATED, LocalDate.of(2021, 1, 1), null, null));

        assertTrue(refused.isBeforeLatest());
        assertEquals(2, partnership.lifecycle().size());
        assertEquals(Status.SUSPENDED, partnership.status());
    }
}
