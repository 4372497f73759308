package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.TestTokens;

/** A client that hangs up says nothing about the service: its circuit breaker stays closed. */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class ClientAbortTest {

    @Inject
    CircuitBreakers breakers;

    @Test
    void shouldNotOpenTheCircuitWhenClientsHangUp() throws Exception {
        for (int i = 0; i < 6; i++) {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                socket.getOutputStream().write("GET /api/v1/slow-abandoned/x HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(150);
            } catch (IOException ignored) {
                // The point is to hang up.
            }
        }
        Thread.sleep(500);
        assertEquals("CLOSED", breakers.of("abandoned").state().name());
    }
}
