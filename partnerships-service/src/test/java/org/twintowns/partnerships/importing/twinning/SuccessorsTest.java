package org.twintowns.partnerships.importing.twinning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.municipality.Municipality;

/** Former municipalities found by position: only at a municipality's own point, alone, and smaller than it. */
class SuccessorsTest {

    /** One hundredth of a degree of latitude, about 1.1 km. */
    private static final double KM_1_1 = 0.01;

    private final Successors successors = new Successors();

    private Municipality official(String name, String ags, double lat, double lon, int population) {
        Municipality m = new Municipality();
        m.id = java.util.UUID.randomUUID();
        m.name = name;
        m.countryCode = "DE";
        m.officialCode = ags;
        m.latitude = lat;
        m.longitude = lon;
        m.population = population;
        successors.add(Place.of(m));
        return m;
    }

    @Test
    void shouldMatchAPlaceAtTheOnlyNearbyMunicipalitysPoint() {
        Municipality suedheide = official("Südheide", "03351026", 52.8317, 10.09, 11594);
        official("Faßberg", "03351010", 52.9, 10.17, 6700);

        Successors.Finding finding = successors.find("DE", "Hermannsburg", 52.8316, 10.0901, null);

        assertEquals(suedheide.id, finding.successor().id());
        assertTrue(finding.reason().contains("matched by position as a former municipality or part of Südheide"),
                finding.reason());
    }

    @Test
    void shouldOnlyReportAPlaceThatIsMerelyNearestToOneOfTwoMunicipalities() {
        official("Großostheim", "09671122", 49.92, 9.08, 16365);
        official("Schaafheim", "06432021", 49.92, 9.0, 9000);

        Successors.Finding finding = successors.find("DE", "Wenigumstadt", 49.8934, 9.0415, null);

        assertNull(finding.successor());
        assertTrue(finding.reason().startsWith("near-miss, please check: Wenigumstadt"), finding.reason());
        assertTrue(finding.reason().contains("Großostheim") && finding.reason().contains("Schaafheim"),
                finding.reason());
    }

    @Test
    void shouldNotMatchAtAPointWithAnotherMunicipalityCloseBy() {
        official("Vollmersweiler", "07337081", 49.06, 8.08, 198);
        official("Freckenfeld", "07334008", 49.06 + KM_1_1, 8.08, 1600);

        Successors.Finding finding = successors.find("DE", "Schaidt", 49.06, 8.0801, null);

        assertNull(finding.successor());
        assertTrue(finding.reason().contains("another municipality's point lies within 2.0 km"), finding.reason());
    }

    @Test
    void shouldNotMatchAPlaceWithMoreInhabitantsThanTheMunicipality() {
        official("Königswinter", "05382032", 50.68, 7.19, 41277);

        Successors.Finding finding = successors.find("DE", "Bad Godesberg", 50.68, 7.19, 72600);

        assertNull(finding.successor());
        assertTrue(finding.reason().contains("more inhabitants (72600) than Königswinter"), finding.reason());
    }

    @Test
    void shouldNeverAttributeABoroughToItsCityState() {
        official("Berlin", "11000000", 52.5177, 13.4055, 3669491);

        Successors.Finding mitte = successors.find("DE", "Mitte", 52.5177, 13.4055, null);
        Successors.Finding spandau = successors.find("DE", "Spandau", 52.53, 13.2, 231120);

        assertNull(mitte.successor());
        assertNull(spandau.successor());
        assertTrue(mitte.reason().contains("a city-state") && mitte.reason().endsWith("not attributed to Berlin"),
                mitte.reason());
        assertTrue(spandau.reason().contains("a city-state"), spandau.reason());
    }

    @Test
    void shouldSayNothingOfAPlaceFarFromEveryMunicipality() {
        official("Helgoland", "01056025", 54.18, 7.89, 1300);

        assertEquals(new Successors.Finding(null, null), successors.find("DE", "Somewhere", 53.0, 5.0, null));
    }

    @Test
    void shouldLeaveOutMunicipalitiesWithoutAnOfficialCodeOrMergedIntoAnother() {
        Municipality created = official("Wolfen", null, 51.66, 12.27, 20000);
        Municipality merged = official("Oldtown", "15082999", 51.7, 12.3, 5000);
        merged.mergedIntoId = java.util.UUID.randomUUID();
        Successors fresh = new Successors();
        fresh.add(Place.of(created));
        fresh.add(Place.of(merged));

        assertEquals(new Successors.Finding(null, null), fresh.find("DE", "Wolfen", 51.66, 12.27, null));
    }
}
