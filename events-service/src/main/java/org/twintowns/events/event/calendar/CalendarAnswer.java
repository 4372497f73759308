package org.twintowns.events.event.calendar;

import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.ETags;

/**
 * A calendar as an HTTP answer that calendar apps can poll cheaply: its ETag is a digest of the
 * text (the same events in the same language give the same text, see {@link EventCalendar}), an
 * {@code If-None-Match} that names it gets 304, and shared caches may keep it for a few minutes.
 */
public final class CalendarAnswer {

    /** Calendar apps poll a subscription every few minutes to hours; five minutes of staleness is fine. */
    public static final String CACHE_CONTROL = "public, max-age=300";

    private CalendarAnswer() {
    }

    /** 200 with the calendar, or 304 when the client holds this text already. */
    public static RestResponse<String> of(String calendar, String ifNoneMatch) {
        ETags.checkLength(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        String etag = etag(calendar);
        RestResponse.ResponseBuilder<String> answer = ETags.namedIn(ifNoneMatch, etag)
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(calendar, EventCalendar.MEDIA_TYPE + "; charset=UTF-8");
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    static String etag(String calendar) {
        byte[] text = calendar.getBytes(StandardCharsets.UTF_8);
        return ETags.ofContent(text, text.length);
    }
}
