package org.twintowns.commons.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.ProblemException;

class LanguagesTest {

    @Test
    void shouldPreferLangParameterOverHeader() {
        assertEquals(List.of("uk"), Languages.preferred("uk", "de-DE,de;q=0.9"));
    }

    @Test
    void shouldOrderAcceptLanguageByWeight() {
        assertEquals(List.of("de-at", "en", "uk"), Languages.preferred(null, "uk;q=0.5, de-AT, en;q=0.8"));
    }

    @Test
    void shouldIgnoreMalformedHeader() {
        assertEquals(List.of(), Languages.preferred(null, ";;;q=abc"));
    }

    @Test
    void shouldPickExactThenPrimaryLanguage() {
        Map<String, String> names = Map.of("de", "Kiew", "en", "Kyiv", "uk", "Київ");
        assertEquals(Optional.of("Kiew"), Languages.pick(names, List.of("de-at")));
        assertEquals(Optional.of("Kyiv"), Languages.pick(names, List.of("fr", "en")));
        assertEquals(Optional.empty(), Languages.pick(names, List.of("fr")));
    }

    @Test
    void shouldRefuseLangOrAcceptLanguageLongerThanDocumented() {
        assertEquals("lang", assertThrows(ProblemException.class,
                () -> Languages.preferred("a".repeat(Languages.MAX_TAG_LENGTH + 1), null)).problem().errors().get(0).field());
        assertEquals("Accept-Language", assertThrows(ProblemException.class,
                () -> Languages.preferred(null, "de,".repeat(Languages.MAX_HEADER_LENGTH))).problem().errors().get(0).field());
    }
}
