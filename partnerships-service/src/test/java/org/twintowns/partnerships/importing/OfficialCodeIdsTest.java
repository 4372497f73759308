package org.twintowns.partnerships.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids from official codes; the expected values were computed independently with Python's uuid.uuid5. */
class OfficialCodeIdsTest {

    static final UUID JENA = UUID.fromString("617dd568-10bc-5c11-bbb3-eaeb95d0b901");
    static final UUID KASSEL = UUID.fromString("59df233a-7ca0-5343-828a-48d087fc340b");

    @Test
    void shouldDeriveTheSameIdsAsAnyRfc9562Implementation() {
        assertEquals(UUID.fromString("6a0e0d06-7fbc-57ff-ab16-514bcae98e77"), OfficialCodeIds.MUNICIPALITY_NAMESPACE);
        assertEquals(JENA, OfficialCodeIds.municipality("DE", "16053000"));
        assertEquals(KASSEL, OfficialCodeIds.municipality("DE", "06611000"));
    }

    @Test
    void shouldMarkIdsAsNameBasedVersion5() {
        UUID id = OfficialCodeIds.municipality("DE", "01001000");
        assertEquals(5, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void shouldKeepCountriesAndCodesApart() {
        assertEquals(JENA, OfficialCodeIds.municipality("de", "16053000"));
        assertNotEquals(JENA, OfficialCodeIds.municipality("AT", "16053000"));
        assertNotEquals(JENA, OfficialCodeIds.municipality("DE", "16053001"));
    }
}
