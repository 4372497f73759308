package org.twintowns.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.CircuitBreaker;

/**
 * The windows counted in the real Redis at 127.0.0.1:6379 (TT_REDIS_URL overrides): two stores, as two
 * gateway replicas hold, enforce one limit; keys expire with their window; a Redis that is gone is
 * replaced by local counting, and taken back when it answers again.
 */
class WindowStoreTest {

    private static final String REDIS = System.getenv().getOrDefault("TT_REDIS_URL", "redis://127.0.0.1:6379");

    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void shouldEnforceOneLimitAcrossTwoReplicasSharingRedis() throws Exception {
        String prefix = "tt-test:" + UUID.randomUUID() + ":";
        WindowStore one = redisStore(REDIS, 60_000, prefix);
        WindowStore two = redisStore(REDIS, 60_000, prefix);
        // 40 requests of one client at once, half through each replica.
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Callable<FixedWindowCounter.Decision>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            WindowStore replica = i % 2 == 0 ? one : two;
            requests.add(() -> await(replica.acquire("addr:203.0.113.7", 25)));
        }
        List<FixedWindowCounter.Decision> decisions = new ArrayList<>();
        for (var decision : clients.invokeAll(requests)) {
            decisions.add(decision.get());
        }
        clients.shutdown();

        assertEquals(25, decisions.stream().filter(FixedWindowCounter.Decision::allowed).count(),
                "one limit for both replicas, not one each");
        assertEquals(0, decisions.stream().mapToLong(FixedWindowCounter.Decision::remaining).min().orElseThrow());
        assertTrue(decisions.stream().allMatch(d -> d.resetSeconds() >= 1 && d.resetSeconds() <= 60));
        assertEquals(WindowStore.Counting.REDIS, one.counting());
        assertEquals(0, one.fallbacks() + two.fallbacks());
    }

    @Test
    void shouldLetKeysExpireWithTheirWindow() throws Exception {
        String prefix = "tt-test:" + UUID.randomUUID() + ":";
        WindowStore store = redisStore(REDIS, 400, prefix);
        Redis redis = Redis.createClient(vertx, REDIS);
        await(store.acquire("sub:alice", 2));
        await(store.acquire("sub:alice", 2));
        assertFalse(await(store.acquire("sub:alice", 2)).allowed());
        long ttl = await(redis.send(Request.cmd(Command.PTTL).arg(prefix + "sub:alice"))).toLong();
        assertTrue(ttl > 0 && ttl <= 400, "the key lives as long as its window: " + ttl);

        Thread.sleep(600);
        assertEquals(0, await(redis.send(Request.cmd(Command.EXISTS).arg(prefix + "sub:alice"))).toInteger());
        FixedWindowCounter.Decision fresh = await(store.acquire("sub:alice", 2));
        assertTrue(fresh.allowed());
        assertEquals(1, fresh.remaining());
        redis.close();
    }

    @Test
    void shouldCountLocallyWhileRedisIsGoneAndShareAgainWhenItIsBack() throws Exception {
        // A relay in front of the real Redis that the test can cut and restore, as an outage would.
        Relay relay = new Relay();
        int port = relay.open(0);
        WindowStore store = redisStore("redis://127.0.0.1:" + port, 60_000, "tt-test:" + UUID.randomUUID() + ":");
        assertTrue(await(store.acquire("addr:198.51.100.1", 3)).allowed());
        assertEquals(WindowStore.Counting.REDIS, store.counting());

        relay.close();
        List<FixedWindowCounter.Decision> local = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            local.add(await(store.acquire("addr:198.51.100.1", 3)));
        }
        assertEquals(3, local.stream().filter(FixedWindowCounter.Decision::allowed).count(),
                "limited in memory meanwhile, never unlimited");
        assertEquals(WindowStore.Counting.LOCAL, store.counting());
        assertNotNull(store.degradation().reason());
        assertEquals(5, store.fallbacks());

        relay.open(port);
        // Left alone for retry-after (300 ms here), then one request tries Redis again.
        Thread.sleep(400);
        FixedWindowCounter.Decision shared = await(store.acquire("addr:198.51.100.1", 3));
        assertEquals(WindowStore.Counting.REDIS, store.counting());
        assertNull(store.degradation());
        assertEquals(1, shared.remaining(), "counted in Redis again, where the window already held one request");
        relay.close();
    }

    @Test
    void shouldCountLocallyWhenRedisIsNotThereAtAll() throws Exception {
        WindowStore store = redisStore("redis://127.0.0.1:" + Relay.closedPort(), 60_000, "tt-test:");
        FixedWindowCounter.Decision first = await(store.acquire("addr:192.0.2.1", 1));
        assertTrue(first.allowed());
        assertFalse(await(store.acquire("addr:192.0.2.1", 1)).allowed());
        assertEquals(WindowStore.Counting.LOCAL, store.counting());
    }

    private static WindowStore redisStore(String url, long windowMillis, String prefix) {
        Redis redis = Redis.createClient(vertx, new RedisOptions().setConnectionString(url));
        return new WindowStore(new FixedWindowCounter(windowMillis),
                new RedisWindowCounter(redis, windowMillis, 500, prefix),
                new CircuitBreaker(2, TimeUnit.MILLISECONDS.toNanos(300), System::nanoTime));
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    /** A TCP relay to the real Redis: closing it cuts every connection and refuses new ones. */
    private static final class Relay {

        private NetServer server;
        private final List<NetSocket> sockets = new ArrayList<>();

        int open(int port) throws Exception {
            java.net.URI target = java.net.URI.create(REDIS);
            NetClient client = vertx.createNetClient();
            server = vertx.createNetServer().connectHandler(in -> {
                in.pause();
                client.connect(target.getPort(), target.getHost()).onSuccess(out -> {
                    synchronized (sockets) {
                        sockets.add(in);
                        sockets.add(out);
                    }
                    in.pipeTo(out);
                    out.pipeTo(in);
                    in.resume();
                }).onFailure(failure -> in.close());
            });
            return await(server.listen(port, "127.0.0.1")).actualPort();
        }

        void close() throws Exception {
            await(server.close());
            synchronized (sockets) {
                sockets.forEach(NetSocket::close);
                sockets.clear();
            }
        }

        static int closedPort() throws Exception {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
