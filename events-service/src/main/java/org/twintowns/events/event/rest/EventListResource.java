package org.twintowns.events.event.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.geo.GeoJson;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.commons.http.CachePolicy;
import org.twintowns.commons.http.Languages;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.events.event.calendar.CalendarAnswer;
import org.twintowns.events.event.calendar.EventCalendar;
import org.twintowns.events.event.service.EventMaps;
import org.twintowns.events.event.service.EventService;

/**
 * Searching the event calendar: a page of JSON, all matches as one iCalendar download (also at a
 * plain .ics URL that calendar apps subscribe to), or all matches as a GeoJSON map.
 */
@PublicReads
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventListResource {

    /** At most this many events go into one calendar download. */
    static final int CALENDAR_LIMIT = 1000;

    /** At most this many events go into one map; the export has them all. */
    static final int GEOJSON_LIMIT = 10_000;

    @Inject
    EventService service;

    @Inject
    EventCalendar calendar;

    @Inject
    EventMaps maps;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listEvents", summary = "List events, or download them as a calendar or a map",
            description = "application/json (the default): one page, by default in order of their start; sortable "
                    + "by startsAt, endsAt, createdAt and updatedAt; RFC 8288 Link headers point to the other pages.\n\ntext/calendar: an RFC 5545 calendar of all matching "
                    + "events (up to 1,000, in order of their start; page, size, sort, updatedSince and after do not apply).\n\n"
                    + "application/geo+json: an RFC 7946 FeatureCollection of all matching events (up to "
                    + "10,000, else 400; page, size, sort, updatedSince and after do not apply), in order of their "
                    + "start: each a Point at its venue's [longitude, latitude], geometry null for an online event or "
                    + "a venue without coordinates. With bbox, only the events with a point in the box (an online "
                    + "event has none, so it is left out); properties=MINIMAL keeps title and times; precision sets "
                    + "the decimals. bbox, properties and precision apply to GeoJSON only. "
                    + "GET /api/v1/exports/events.geojson has them all.")
    @APIResponse(responseCode = "200", description = "One page of events, or the calendar")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter")
    public RestResponse<Page<EventView>> list(@BeanParam @Valid PageParams paging, @BeanParam @Valid EventQuery query,
            // The map's parameters, which a page does not use: taken and validated here too, so that a malformed
            // one is refused whatever the client accepts, never ignored (ParameterSuite).
            @BeanParam @Valid MapParams map) {
        return PageLinks.response(uriInfo, service.list(query.toFilter(), paging));
    }

    @GET
    @Produces(EventCalendar.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "One page of events, or the calendar",
            content = @Content(mediaType = EventCalendar.MEDIA_TYPE, schema = @Schema(implementation = String.class)))
    public RestResponse<String> listCalendar(
            @BeanParam @Valid EventQuery query,
            // The page's and the map's parameters, which a calendar does not use: validated, so that a malformed
            // one is refused whatever the client accepts, never ignored (ParameterSuite).
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid MapParams map,
            @Parameter(description = "Language of summaries and descriptions", example = "de") @QueryParam("lang")
            @Size(max = 35) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "ETag of the calendar the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        return calendarOf(query, lang, acceptLanguage, ifNoneMatch);
    }

    @GET
    @Path("/calendar.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(operationId = "getEventCalendar", summary = "Subscribe to events as a calendar",
            description = "The events matching the filters (the filters of listEvents) as an RFC 5545 calendar at a "
                    + "plain URL, for calendar apps that subscribe to a link and cannot send an Accept header: "
                    + "webcal://<host>/api/v1/events/calendar.ics?partnership=<id>. Up to 1,000 events in order of "
                    + "their start; when=UPCOMING keeps it to what is ahead. ETag and Cache-Control let apps poll "
                    + "cheaply; If-None-Match answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The calendar; ETag names this text",
            headers = {
                @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
                @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(implementation = String.class,
                        maxLength = 64, examples = CalendarAnswer.CACHE_CONTROL))},
            content = @Content(mediaType = EventCalendar.MEDIA_TYPE, schema = @Schema(implementation = String.class,
                    examples = "BEGIN:VCALENDAR\r\nPRODID:-//TwinTowns//Events 1.0//EN\r\nVERSION:2.0\r\n...")))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public RestResponse<String> subscribe(
            @BeanParam @Valid EventQuery query,
            @Parameter(description = "Language of summaries and descriptions", example = "de") @QueryParam("lang")
            @Size(max = 35) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "ETag of the calendar the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        return calendarOf(query, lang, acceptLanguage, ifNoneMatch);
    }

    @GET
    @Produces(GeoJson.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "One page of events, or the calendar",
            content = @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = EventFeatureCollection.class)))
    @CachePolicy(PublicCaching.MAP)
    public EventFeatureCollection map(@BeanParam @Valid EventQuery query, @BeanParam @Valid MapParams map,
            // The page's parameters, which a map does not use: validated, so that a malformed one is refused here too.
            @BeanParam @Valid PageParams paging) {
        return maps.map(query.toFilter(), map, GEOJSON_LIMIT);
    }

    private RestResponse<String> calendarOf(EventQuery query, String lang, String acceptLanguage, String ifNoneMatch) {
        String body = calendar.render(service.all(query.toFilter(), CALENDAR_LIMIT),
                Languages.preferred(lang, acceptLanguage));
        return CalendarAnswer.of(body, ifNoneMatch);
    }
}
