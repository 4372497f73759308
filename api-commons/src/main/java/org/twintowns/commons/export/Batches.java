package org.twintowns.commons.export;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Walks a table in keyset order, one batch at a time, so that an export of the whole registry holds
 * one batch in memory however large the table: each batch starts after the key of the last row of
 * the one before ({@code where id > :last order by id limit :size}), which costs an index range scan
 * wherever it starts (an {@code offset} would reread every row before it).
 *
 * <p>Each batch is the caller's own short read (its own transaction): an export that takes a minute
 * must not hold one transaction open that long, since a sync walk's {@code syncedUntil} waits for the
 * oldest open transaction. A record changed during the export shows as it was when its batch was read.
 */
public final class Batches {

    private Batches() {
    }

    /** Writes one batch of rows. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(List<T> batch) throws IOException;
    }

    /**
     * Reads batches of {@code size} with {@code read(lastKey, size)} (a null key for the first) and hands
     * each to {@code write}, until one comes back short.
     *
     * @return how many batches were read
     */
    public static <T, K> int walk(int size, BiFunction<K, Integer, List<T>> read, Function<T, K> keyOf,
                                  Writer<T> write) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("A batch holds at least one row");
        }
        K last = null;
        int batches = 0;
        while (true) {
            List<T> batch = read.apply(last, size);
            batches++;
            if (!batch.isEmpty()) {
                write.write(batch);
                last = keyOf.apply(batch.get(batch.size() - 1));
            }
            if (batch.size() < size) {
                return batches;
            }
        }
    }
}
