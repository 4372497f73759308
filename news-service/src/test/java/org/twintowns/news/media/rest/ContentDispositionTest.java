package org.twintowns.news.media.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Content-Disposition of an image never exceeds the length the contract states. */
class ContentDispositionTest {

    @Test
    void shouldStayWithinTheStatedLengthForTheLongestFileName() {
        // 200 characters (the column), each three bytes in UTF-8: the worst case.
        assertEquals(ContentDisposition.MAX_LENGTH, ContentDisposition.inline("€".repeat(200)).length());
        assertTrue(ContentDisposition.inline("😀".repeat(100)).length() <= ContentDisposition.MAX_LENGTH);
    }

    @Test
    void shouldNameTheFileInAsciiAndUtf8() {
        assertEquals("inline; filename=\"Jena_.jpg\"; filename*=UTF-8''Jena%C3%A9.jpg",
                ContentDisposition.inline("Jenaé.jpg"));
    }
}
