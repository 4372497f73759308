package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new RouteTable.Entry("/api/v1/events", "events", null),
            new RouteTable.Entry("/api/v1/events/special", "special", null),
            new RouteTable.Entry("/api/v1/news", "news", null)));

    @Test
    void shouldMatchPrefixAndEverythingBelowIt() {
        assertEquals("events", table.match("/api/v1/events").orElseThrow().service());
        assertEquals("events", table.match("/api/v1/events/42/sessions").orElseThrow().service());
    }

    @Test
    void shouldPreferTheLongestPrefix() {
        assertEquals("special", table.match("/api/v1/events/special/1").orElseThrow().service());
    }

    @Test
    void shouldNotMatchAcrossSegmentBoundaries() {
        assertFalse(table.match("/api/v1/newsletter").isPresent());
        assertTrue(RouteTable.matches("/api/v1/news", "/api/v1/news/"));
    }
}
