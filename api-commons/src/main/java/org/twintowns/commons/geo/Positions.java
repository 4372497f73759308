package org.twintowns.commons.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Degrees rounded for a map: decimal rounding (half up), so that 7.123455 never turns into 7.12345000001. */
public final class Positions {

    private Positions() {
    }

    /**
     * {@code degrees} to {@code decimals} places, trailing zeros dropped; BigDecimal.valueOf starts from
     * the double's shortest decimal form, the figure the registry was given, not its binary neighbour.
     */
    public static BigDecimal round(double degrees, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(degrees).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        // Plain digits: stripping 10.0 leaves 1E+1, which a scale of 0 writes as 10 again; -0.0 becomes 0.
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.setScale(Math.max(0, rounded.scale()));
    }
}
