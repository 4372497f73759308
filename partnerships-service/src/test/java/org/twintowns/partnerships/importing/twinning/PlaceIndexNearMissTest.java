package org.twintowns.partnerships.importing.twinning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * A place a list makes anew whose name is a slip away from a known place of its country is pointed out
 * ({@link PlaceIndex#nearMiss}), whichever kind of slip it is and whether the known name is shorter, as long
 * or longer; two slips, another country or a short name are not.
 */
class PlaceIndexNearMissTest {

    private static final Place POTSDAM = place("Potsdam", "DE");

    private final PlaceIndex index = index(POTSDAM, place("Jena", "DE"), place("Gera", "DE"), place("Postojna", "SI"));

    @ParameterizedTest
    @ValueSource(strings = {
            "Potsdm", // a letter dropped: the known name is one longer
            "Potsedam", // a letter added: one shorter
            "Postdam", // two neighbours swapped
            "Potsdan" // a letter changed
    })
    void shouldPointOutANameOneSlipFromAKnownPlace(String name) {
        assertEquals("its name is a slip away from Potsdam (DE, " + POTSDAM.id() + ")",
                nearMiss("DE", name));
    }

    @Test
    void shouldNotPointOutTwoSlipsAnotherCountryOrAShortName() {
        assertNull(nearMiss("DE", "Pitsdum"), "two letters changed");
        assertNull(nearMiss("DE", "Postdm"), "two neighbours swapped and a letter dropped");
        assertNull(nearMiss("DE", "Potsdamerland"), "many letters more");
        assertNull(nearMiss("AT", "Potsdm"), "Potsdam is in another country");
        assertNull(nearMiss("DE", "Jene"), "short names are one letter from too many others");
    }

    /** The reason the index gives once its checks are settled, or null. */
    private String nearMiss(String country, String name) {
        PlaceIndex.NearMiss check = index.nearMiss(country, name, null, null);
        index.settle();
        return check.reason();
    }

    private static Place place(String name, String country) {
        return new Place(UUID.randomUUID(), name, Municipality.Kind.CITY, country, null, null, null, null, null, null,
                null);
    }

    private static PlaceIndex index(Place... places) {
        PlaceIndex index = new PlaceIndex();
        for (Place p : places) {
            index.add(p, List.of(), List.of());
        }
        return index;
    }
}
