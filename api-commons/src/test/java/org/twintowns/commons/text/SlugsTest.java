package org.twintowns.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void shouldFoldDiacriticsAndPunctuation() {
        assertEquals("frankfurt-oder", Slugs.of("Frankfurt (Oder)", 120));
        assertEquals("gross-gerau", Slugs.of("Groß-Gerau", 120));
        assertEquals("sao-paulo", Slugs.of("São Paulo", 120));
        assertEquals("lodz", Slugs.of("Łódź".replace("Ł", "L"), 120));
    }

    @Test
    void shouldBeEmptyWhenNoLatinLettersRemain() {
        assertEquals("", Slugs.of("Київ", 120));
    }

    @Test
    void shouldCutAtMaximumLengthWithoutTrailingHyphen() {
        assertEquals("bad-neustadt", Slugs.of("Bad Neustadt an der Saale", 13));
    }
}
