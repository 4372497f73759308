package org.twintowns.events.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.RegistrationCounts;
import org.twintowns.events.event.StatusTransitions;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.series.EventSeries;
import org.twintowns.events.series.EventSeriesRepository;

/**
 * Everything that can refuse a create or a replacement of an event before partnerships-service is
 * asked, in the order clients have always seen the answers. {@link EventService} runs the checks
 * first, so that a doomed write asks no other service; {@link EventWriter} runs them again in its
 * transaction, with the row locked, because the event may have changed in between.
 */
@ApplicationScoped
public class EventWriteChecks {

    @Inject
    EventSeriesRepository seriesRepository;

    @Inject
    EventRegistrations registrations;

    @Inject
    Caller caller;

    /** A request that passed the checks: its time zone and the series it joins (null for none). */
    public record Checked(ZoneId zone, EventSeries series) {
    }

    public Checked creatable(EventRequest request) {
        requireScope(request.organizers());
        ZoneId zone = EventRules.check(request);
        return new Checked(zone, series(request.seriesId()));
    }

    /** The checks of replacing the stored event with the request: 403, 428/412, 400, 409, 422, in this order. */
    public Checked replaceable(Event stored, String ifMatch, EventRequest request) {
        // An editor may neither touch someone else's event nor move their own out of their reach.
        requireScope(stored.organizers);
        requireScope(request.organizers());
        ETags.requireMatch(ifMatch, stored.version);
        ZoneId zone = EventRules.check(request);
        if (StatusTransitions.isFinal(stored.status)) {
            throw ProblemException.conflict("The event is " + stored.status + " and can no longer be changed.");
        }
        EventSeries series = series(request.seriesId());
        RegistrationCounts counts = registrations.counts(stored.id);
        Integer capacity = request.registration() == null ? null : request.registration().capacity();
        if (capacity != null && capacity < counts.confirmed()) {
            throw ProblemException.conflict("The capacity cannot be lowered to " + capacity + ": "
                    + counts.confirmed() + " registrations are confirmed.");
        }
        return new Checked(zone, series);
    }

    /** Writes need a token; editors only for events organized by a municipality they act for. */
    public void requireScope(Collection<UUID> organizers) {
        caller.requireActsForAny(organizers);
    }

    private EventSeries series(UUID seriesId) {
        if (seriesId == null) {
            return null;
        }
        return seriesRepository.findByIdOptional(seriesId).orElseThrow(() -> ProblemException.unknownReferences(
                List.of(new Problem.FieldError("seriesId", "no event series with id " + seriesId))));
    }
}
