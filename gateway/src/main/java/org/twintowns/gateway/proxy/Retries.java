package org.twintowns.gateway.proxy;

import io.vertx.core.Future;
import java.net.ConnectException;
import java.util.function.Supplier;

/** The one retry the gateway makes: a read whose connection could not be opened is tried once more. */
final class Retries {

    private Retries() {
    }

    /**
     * Runs {@code attempt}, and once more if it failed to connect and the method is idempotent.
     * Nothing was sent when a connection fails, so a second try cannot repeat an effect.
     */
    static <T> Future<T> onceOnConnectFailure(String method, Supplier<Future<T>> attempt) {
        Future<T> first = attempt.get();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return first;
        }
        return first.recover(failure -> failure instanceof ConnectException ? attempt.get() : Future.failedFuture(failure));
    }
}
