package org.twintowns.commons.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Puts a {@link ConnectionGuard} at the front of every connection the application's HTTP server
 * accepts: a header timeout, problem answers for requests the HTTP codec refuses, and a lingering
 * close. Neither Quarkus nor Vert.x let an application near a connection before its first request
 * has been parsed (Quarkus owns the server and its connection handler), so the guard is added where
 * Netty hands each new connection over: on the listening channel, which Vert.x keeps in a private
 * field of its server. Should a Vert.x upgrade move that field, start-up fails instead of running
 * unguarded.
 */
@ApplicationScoped
public class ConnectionGuards {

    private static final Logger LOG = Logger.getLogger(ConnectionGuards.class);

    static final String ACCEPTOR = "twintowns-connection-guards";

    /** What every guard of this application enforces. */
    record Settings(Duration headerTimeout, Duration lingeringTime, int maxInitialLineLength, long maxHeaderSize) {
    }

    /** How long a request head may take from its first byte to its last (nginx's client_header_timeout). */
    @ConfigProperty(name = "twintowns.http.header-timeout", defaultValue = "10s")
    Duration headerTimeout;

    /** How long a connection closed during an upload reads on, discarding, so its answer is not lost. */
    @ConfigProperty(name = "twintowns.http.lingering-time", defaultValue = "5s")
    Duration lingeringTime;

    @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
    int maxInitialLineLength;

    @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
    MemorySize maxHeaderSize;

    @Inject
    Vertx vertx;

    /**
     * Quarkus opens its socket after the application has started and tells so only asynchronously:
     * a connection accepted in the few milliseconds before this runs goes unguarded.
     */
    void install(@ObservesAsync HttpServerStart started) {
        Settings settings = new Settings(headerTimeout, lingeringTime, maxInitialLineLength, maxHeaderSize.asLongValue());
        var servers = ((VertxInternal) vertx).sharedHttpServers();
        List<HttpServerImpl> listening;
        synchronized (servers) {
            listening = List.copyOf(servers.values());
        }
        int guarded = 0;
        for (HttpServerImpl server : listening) {
            Channel channel = listeningChannel(server);
            if (channel == null) {
                continue;
            }
            if (channel.pipeline().get(ACCEPTOR) == null) {
                channel.pipeline().addFirst(ACCEPTOR, new Acceptor(settings));
            }
            guarded++;
        }
        if (guarded == 0) {
            LOG.warn("No listening HTTP server found: connections go unguarded (no header timeout, no lingering close)");
        }
    }

    /** The server's listening channel; null while it is not bound. */
    @SuppressWarnings("unchecked")
    private static Channel listeningChannel(HttpServerImpl server) {
        try {
            Field bound = TCPServerBase.class.getDeclaredField("bindFuture");
            bound.setAccessible(true);
            Future<Channel> channel = (Future<Channel>) bound.get(server);
            return channel == null ? null : channel.result();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot reach the listening channel of Vert.x's HTTP server to guard its "
                    + "connections (has Vert.x changed?)", e);
        }
    }

    /** "10 seconds", "1500 ms": for problem details. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + (millis == 1000 ? " second" : " seconds") : millis + " ms";
    }

    /** On the listening channel: gives each accepted connection its guard before Vert.x sets it up. */
    @ChannelHandler.Sharable
    static final class Acceptor extends ChannelInboundHandlerAdapter {

        private final Settings settings;

        Acceptor(Settings settings) {
            this.settings = settings;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Channel accepted) {
                accepted.pipeline().addFirst(ConnectionGuard.NAME, new ConnectionGuard(settings));
            }
            ctx.fireChannelRead(msg);
        }
    }
}
