package org.twintowns.commons.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.ProblemException;

class ETagsTest {

    @Test
    void shouldRequireIfMatchForChanges() {
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(null, 3)).problem().status());
    }

    @Test
    void shouldRefuseStaleVersion() {
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3)).problem().status());
    }

    @Test
    void shouldAcceptCurrentVersionOrStar() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void shouldAnswerNotModifiedOnlyForCurrentVersion() {
        assertTrue(ETags.notModified("W/\"3\"", 3));
        assertFalse(ETags.notModified("\"2\"", 3));
        assertFalse(ETags.notModified(null, 3));
    }

    @Test
    void shouldRefuseConditionHeadersLongerThanDocumented() {
        String longList = "\"1\", ".repeat(ETags.MAX_HEADER_LENGTH / 5 + 1);
        assertEquals(400, assertThrows(ProblemException.class, () -> ETags.requireMatch(longList, 1)).problem().status());
        assertEquals("If-None-Match", assertThrows(ProblemException.class, () -> ETags.notModified(longList, 1))
                .problem().errors().get(0).field());
    }

    @Test
    void shouldFitEveryVersionTagInItsDocumentedLength() {
        assertEquals(ETags.MAX_VERSION_TAG_LENGTH, ETags.of(Long.MAX_VALUE).length());
    }
}
