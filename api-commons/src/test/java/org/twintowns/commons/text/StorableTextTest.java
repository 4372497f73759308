package org.twintowns.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void shouldAcceptTextWithCompleteSurrogatePairs() {
        assertTrue(StorableText.isStorable("Jena 𝄞 Київ"));
        assertTrue(StorableText.isStorable(""));
        assertTrue(StorableText.isStorable(null));
    }

    @Test
    void shouldRefuseNulAndUnpairedSurrogates() {
        assertFalse(StorableText.isStorable("a\u0000b"));
        assertFalse(StorableText.isStorable("a\ud800"));
        assertFalse(StorableText.isStorable("\udc00a"));
        assertFalse(StorableText.isStorable("\ud800\ud800\udc00"));
        assertEquals(1, StorableText.firstUnstorable("a\ud800b"));
    }

    @Test
    void shouldRepairWhatItRefusesAndKeepPairs() {
        assertEquals("a\uFFFDb\uFFFD𝄞", StorableText.repaired("a\u0000b\udc00𝄞"));
        assertEquals("Jena", StorableText.repaired("Jena"));
    }
}
