package org.twintowns.commons.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Map coordinates are the decimal figure rounded half up, written in plain digits. */
class PositionsTest {

    @ParameterizedTest
    @CsvSource({
        "7.123455, 5, 7.12346",        // 7.123455 * 1e5 is 712345.4999... in binary: Math.round gives 7.12345
        "-140.123455, 5, -140.12346",  // half up means away from zero
        "10.0, 5, 10",                 // no 1E+1
        "180, 7, 180",
        "-0.000001, 5, 0",             // no -0
        "0.1, 7, 0.1",                 // no 0.1000000000000000055511151231257827
        "50.92705468, 0, 51",
        "1.00000000001, 7, 1"})
    void shouldRoundTheDecimalHalfUp(double degrees, int decimals, String written) {
        assertEquals(written, Positions.round(degrees, decimals).toString());
    }
}
