package org.twintowns.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Several writers send the same conditional write (the same If-Match) at the same moment, each with
 * a body of its own: exactly one may win, every other one gets a 412 problem, never a 500 or a
 * spurious 409. Tests then check that the stored record is the winner's.
 */
public final class ConditionalWriteRace {

    /** How many writers race by default. */
    public static final int WRITERS = 8;

    private ConditionalWriteRace() {
    }

    /**
     * Runs {@code write.apply(i)} for every writer i at once; asserts one 2xx and 412 problems for
     * the rest, and returns the index of the winner.
     */
    public static int oneWins(int writers, IntFunction<ExtractableResponse<Response>> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return write.apply(writer);
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).toList();
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int status = statuses.get(i);
                if (status >= 200 && status < 300) {
                    winners.add(i);
                } else {
                    assertEquals(412, status, "writer " + i + " of " + statuses);
                    ProblemAssertions.assertProblem(answers.get(i).response().then(), 412)
                            .body("type", equalTo("https://twintowns.org/problems/precondition-failed"));
                }
            }
            assertEquals(1, winners.size(), "winners among " + statuses);
            return winners.get(0);
        } finally {
            pool.shutdownNow();
        }
    }
}
