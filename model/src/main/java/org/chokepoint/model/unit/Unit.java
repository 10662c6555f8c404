package org.chokepoint.model.unit;

import java.util.Objects;

/**
 * A unit of measure: its symbol, its name, the dimension it measures and its size in that
 * dimension's base unit (t, m3, J, m, yr, one count, one currency unit). Units combine with {@link
 * #per} into rates and prices.
 *
 * @param symbol how the unit is written, e.g. "bcm/yr"
 * @param name a readable name, e.g. "billion cubic metres per year"
 * @param dimension what it measures
 * @param factor how many base units one of this unit is (1e9 for bcm)
 */
public record Unit(String symbol, String name, Dimension dimension, double factor) {

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dimension, "dimension");
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("Unit " + symbol + " needs a positive finite factor, not " + factor);
        }
    }

    /** This unit divided by another: t per yr, USD per MMBtu. */
    public Unit per(Unit denominator) {
        return new Unit(
                symbol + "/" + denominator.symbol,
                name + " per " + denominator.name,
                dimension.dividedBy(denominator.dimension),
                factor / denominator.factor);
    }

    /** Whether quantities in the two units can be added or converted without a factor. */
    public boolean isCompatibleWith(Unit other) {
        return dimension.equals(other.dimension);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
