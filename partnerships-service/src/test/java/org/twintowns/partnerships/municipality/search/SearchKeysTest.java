package org.twintowns.partnerships.municipality.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void shouldFoldTransliterationsOfTheSameRussianName() {
        String key = SearchKeys.of("Новый Уренгой");
        assertEquals(key, SearchKeys.of("Nowy Urengoi"));
        assertEquals(key, SearchKeys.of("Novy Urengoy"));
        assertEquals(key, SearchKeys.of("NOVYY URENGOY"));
    }

    @Test
    void shouldFoldUkrainianNamesAndTheirTransliterations() {
        assertEquals(SearchKeys.of("Київ"), SearchKeys.of("Kyiv"));
        assertEquals(SearchKeys.of("Бровари"), SearchKeys.of("Brovary"));
        assertEquals(SearchKeys.of("Чернігів"), SearchKeys.of("Chernihiv"));
        assertEquals(SearchKeys.of("Kiew"), SearchKeys.of("Kiev"));
    }

    @Test
    void shouldIgnoreCaseDiacriticsAndPunctuation() {
        assertEquals("lodz", SearchKeys.of("Łódź"));
        assertEquals(SearchKeys.of("Munchen"), SearchKeys.of("München"));
        assertEquals(SearchKeys.of("Muenchen"), SearchKeys.of("München"));
        assertEquals(SearchKeys.of("Frankfurt am Main"), SearchKeys.of("frankfurt-am-main"));
        assertEquals(SearchKeys.of("Gross-Gerau"), SearchKeys.of("Groß-Gerau"));
    }

    @Test
    void shouldKeepDifferentPlacesApart() {
        assertNotEquals(SearchKeys.of("Jena"), SearchKeys.of("Gera"));
    }
}
