package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void shouldRetryReadOnceWhenTheConnectionFailed() {
        Future<String> result = Retries.onceOnConnectFailure("GET", () -> attempts.incrementAndGet() == 1
                ? Future.failedFuture(new ConnectException("refused")) : Future.succeededFuture("ok"));
        assertEquals("ok", result.result());
        assertEquals(2, attempts.get());
    }

    @Test
    void shouldRetryAtMostOnce() {
        Future<String> result = Retries.onceOnConnectFailure("HEAD", this::refused);
        assertTrue(result.failed());
        assertEquals(2, attempts.get());
    }

    @Test
    void shouldNeverRetryWrites() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            Retries.onceOnConnectFailure(method, this::refused);
        }
        assertEquals(4, attempts.get());
    }

    @Test
    void shouldNotRetryOtherFailures() {
        Future<String> result = Retries.onceOnConnectFailure("GET",
                () -> {
                    attempts.incrementAndGet();
                    return Future.failedFuture(new TimeoutException("slow"));
                });
        assertTrue(result.failed());
        assertEquals(1, attempts.get());
    }

    private Future<String> refused() {
        attempts.incrementAndGet();
        return Future.failedFuture(new ConnectException("refused"));
    }
}
