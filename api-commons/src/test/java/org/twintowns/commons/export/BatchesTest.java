package org.twintowns.commons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The keyset walk reads each row once, in batches, each starting after the last key of the one before. */
class BatchesTest {

    private static final List<Integer> TABLE = IntStream.rangeClosed(1, 10).boxed().toList();

    @Test
    void shouldReadEveryRowOnceInBatchesAfterTheLastKey() throws IOException {
        List<Integer> asked = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        List<Integer> largest = new ArrayList<>();
        int batches = Batches.walk(4, (Integer after, Integer size) -> {
            asked.add(after);
            return TABLE.stream().filter(i -> after == null || i > after).limit(size).toList();
        }, i -> i, batch -> {
            largest.add(batch.size());
            written.addAll(batch);
        });
        assertEquals(3, batches);
        assertEquals(TABLE, written);
        assertEquals(java.util.Arrays.asList(null, 4, 8), asked);
        assertEquals(List.of(4, 4, 2), largest);
    }

    @Test
    void shouldAskOnceMoreWhenTheLastBatchIsFull() throws IOException {
        assertEquals(3, Batches.walk(5, (Integer after, Integer size) ->
                TABLE.stream().filter(i -> after == null || i > after).limit(size).toList(), i -> i, batch -> { }));
    }
}
