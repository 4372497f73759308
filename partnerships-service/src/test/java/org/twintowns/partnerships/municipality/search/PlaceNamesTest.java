package org.twintowns.partnerships.municipality.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/** Place names with and without the words for their kind of unit, and near-misses. */
class PlaceNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Västerås Municipality | Västerås",
            "Västerås kommun | Vasteras",
            "Gothenburg Municipality | Gothenburg",
            "Municipality of Piran | Piran",
            "Občina Piran | Piran",
            "Aarhus Kommune | Aarhus",
            "City of Cork | Cork",
            "Town of Clonakilty | Clonakilty",
            "London Borough of Camden | Camden",
            "Royal Borough of Kensington and Chelsea | Kensington Chelsea",
            "Stadt Jena | Jena",
            "Gemeinde Lützelbach | Lützelbach",
            "Hansestadt Rostock | Rostock",
            "Lutherstadt Wittenberg | Wittenberg",
            "Ostseebad Insel Poel | Insel Poel",
            "Comune di Verona | Verona",
            "Ville de Lyon | Lyon",
            "Commune de Saint-Denis | Saint-Denis",
            "Gmina Gryfino | Gryfino",
            "Miasto Gniezno | Gniezno",
            "Miasto i Gmina Pelplin | Pelplin",
            "Statutární město Liberec | Liberec",
            "Mesto Trnava | Trnava",
            "Grad Zagreb | Zagreb",
            "Ayuntamiento de Getafe | Getafe",
            "Concelho de Sintra | Sintra",
            "Municipiul Cluj-Napoca | Cluj-Napoca",
            "Helsingin kaupunki | Helsingin",
            "Kuressaare linn | Kuressaare",
            "Valmieras novads | Valmieras",
            "Kauno miesto savivaldybė | Kauno",
            "Boryspil urban hromada | Boryspil",
            "Quezon City | Quezon",
            "Pesaro and Urbino | Provincia di Pesaro e Urbino",
            "Castilla y León | Castilla e Leon",
            "Trentino-Alto Adige und Südtirol | Trentino Alto Adige e Sudtirol"})
    void shouldNameOnePlaceWithAndWithoutItsKindWords(String listed, String known) {
        assertEquals(PlaceNames.key(known), PlaceNames.key(listed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Stadt", "Gmina", "Ciudad Real", "Cape Town", "Town Yetholm", "Villa de Leyva",
            "City of London", "Bad Homburg", "Frankfurt am Main", "Rheinland", "A Coruña", "Y Fenni"})
    void shouldKeepWordsThatArePartOfTheName(String name) {
        // A kind word that is all of the name stays; a joining word at an edge ("A Coruña") is no join.
        assertEquals(SearchKeys.of(name), PlaceNames.key(name));
    }

    @Test
    void shouldReadSaintAsItsAbbreviation() {
        assertEquals(PlaceNames.key("St. Ingbert"), PlaceNames.key("Sankt Ingbert"));
        assertEquals(PlaceNames.key("St-Denis"), PlaceNames.key("Saint-Denis"));
        assertEquals(PlaceNames.key("St. Niklaas"), PlaceNames.key("Sint-Niklaas"));
    }

    @Test
    void shouldTakeAnAmpersandForAJoiningWord() {
        assertEquals(PlaceNames.key("Bosnia and Herzegovina"), PlaceNames.key("Bosnia & Herzegovina"));
    }

    @Test
    void shouldSayWhenTheDroppedWordsNamedARegionalUnit() {
        assertEquals(Municipality.Kind.DISTRICT, PlaceNames.core("Landkreis Kassel").kind());
        assertEquals(Municipality.Kind.DISTRICT, PlaceNames.core("Kreis Plön").kind());
        assertEquals(Municipality.Kind.DISTRICT, PlaceNames.core("Powiat gryfiński").kind());
        assertEquals(Municipality.Kind.DISTRICT, PlaceNames.core("Pest County").kind());
        assertEquals(Municipality.Kind.REGION, PlaceNames.core("Provincia di Pesaro e Urbino").kind());
        assertEquals(Municipality.Kind.REGION, PlaceNames.core("Province of Limburg").kind());
        assertEquals(Municipality.Kind.REGION, PlaceNames.core("Lviv Oblast").kind());
        assertEquals(Municipality.Kind.REGION, PlaceNames.core("Silesian Voivodeship").kind());
        assertEquals(PlaceNames.key("Kassel"), PlaceNames.key("Landkreis Kassel"));
        assertNull(PlaceNames.core("Västerås Municipality").kind());
        assertNull(PlaceNames.core("Jena").kind());
    }

    @Test
    void shouldFoldAsSearchDoes() {
        assertEquals(PlaceNames.key("München"), PlaceNames.key("Muenchen"));
        assertEquals(PlaceNames.key("Łódź"), PlaceNames.key("Lodz"));
        assertEquals(PlaceNames.key("Київ"), PlaceNames.key("Kyiv"));
        assertEquals("", PlaceNames.key("  "));
    }

    @Test
    void shouldKeepDifferentPlacesApart() {
        assertNotEquals(PlaceNames.key("Jena"), PlaceNames.key("Gera"));
        assertNotEquals(PlaceNames.key("Landkreis Kassel"), PlaceNames.key("Landkreis Kusel"));
        assertNotEquals(PlaceNames.key("Neustadt an der Weinstraße"), PlaceNames.key("Neustadt"));
    }

    @Test
    void shouldFindNamesOneSlipApart() {
        assertTrue(PlaceNames.near(PlaceNames.key("Oświęcim"), PlaceNames.key("Oswiecin")), "a letter changed");
        assertTrue(PlaceNames.near(PlaceNames.key("Hódmezővásárhely"), PlaceNames.key("Hodmezovasarely")),
                "a letter dropped");
        assertTrue(PlaceNames.near("karlsrue", "karslrue"), "two neighbours swapped");
        assertFalse(PlaceNames.near("karlsrue", "karlsrue"), "the same name is no near-miss");
        assertFalse(PlaceNames.near("gera", "jena"), "short names are one letter from too many others");
        assertFalse(PlaceNames.near("potsdam", "pitsdum"), "two slips");
        assertFalse(PlaceNames.near("bamberg", "bamberger"), "two letters added");
    }

    @Test
    void shouldCountOneSlipAsTheOptimalAlignmentDistanceDoes() {
        assertFalse(PlaceNames.oneSlip("jena", "jena"));
        assertTrue(PlaceNames.oneSlip("jena", "gena"));
        assertTrue(PlaceNames.oneSlip("jena", "jnea"));
        assertFalse(PlaceNames.oneSlip("jena", "jaen"), "two slips by the optimal alignment");
        assertTrue(PlaceNames.oneSlip("", "a"));
        assertFalse(PlaceNames.oneSlip("", "ab"));
        // Every pair of short words over three letters (all of them up to length 4), against the distance's
        // definition: the one-pass check must say exactly what the dynamic programme says.
        List<String> words = new ArrayList<>(List.of(""));
        for (int i = 0; i < words.size() && words.get(i).length() < 4; i++) {
            for (char c : "abc".toCharArray()) {
                words.add(words.get(i) + c);
            }
        }
        for (String a : words) {
            for (String b : words) {
                assertEquals(optimalAlignment(a, b) == 1, PlaceNames.oneSlip(a, b), a + " / " + b);
            }
        }
    }

    /** The optimal string alignment distance (Levenshtein plus swaps of neighbours), by its definition. */
    private static int optimalAlignment(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
