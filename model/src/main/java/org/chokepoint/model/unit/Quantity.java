package org.chokepoint.model.unit;

import java.util.Objects;

/**
 * A number with its unit. Arithmetic and conversion check dimensions: adding tonnes to dollars or
 * converting one currency into another throws {@link IncompatibleDimensionsException} rather than
 * returning a number. Cross-dimension conversions go through {@link Converter} and a cited factor.
 *
 * @param value the number, finite
 * @param unit its unit
 */
public record Quantity(double value, Unit unit) implements Amount {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A quantity needs a finite value, not " + value + " " + unit.symbol());
        }
    }

    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit);
    }

    /** Parses a unit expression too: {@code Quantity.of(50, "bcm/yr")}. */
    public static Quantity of(double value, String unit) {
        return new Quantity(value, Units.parse(unit));
    }

    /** The value in the base unit of this dimension (t, m3, J, yr, one currency unit...). */
    public double baseValue() {
        return value * unit.factor();
    }

    /** This quantity in another unit of the same dimension. */
    public Quantity to(Unit target) {
        if (!unit.isCompatibleWith(target)) {
            throw new IncompatibleDimensionsException("Cannot convert " + describe() + " to " + target.symbol() + " ("
                    + target.dimension().describe() + ") without a conversion factor.");
        }
        return new Quantity(baseValue() / target.factor(), target);
    }

    /** The sum, in this quantity's unit. */
    public Quantity plus(Quantity other) {
        return new Quantity(value + compatible(other, "add").to(unit).value, unit);
    }

    /** The difference, in this quantity's unit. */
    public Quantity minus(Quantity other) {
        return new Quantity(value - compatible(other, "subtract").to(unit).value, unit);
    }

    public Quantity times(double factor) {
        return new Quantity(value * factor, unit);
    }

    /** Whether the two quantities are equal within a relative tolerance; false across dimensions. */
    public boolean isCloseTo(Quantity other, double relativeTolerance) {
        if (!unit.isCompatibleWith(other.unit)) {
            return false;
        }
        double a = baseValue();
        double b = other.baseValue();
        return Math.abs(a - b) <= relativeTolerance * Math.max(Math.abs(a), Math.abs(b));
    }

    @Override
    public Quantity central() {
        return this;
    }

    /** "5 t (mass)": the quantity with its dimension, for messages. */
    public String describe() {
        return QuantityFormat.format(this) + " (" + unit.dimension().describe() + ")";
    }

    private Quantity compatible(Quantity other, String verb) {
        if (!unit.isCompatibleWith(other.unit)) {
            throw new IncompatibleDimensionsException(
                    "Cannot " + verb + " " + describe() + " and " + other.describe()
                            + "." + System.lineSeparator()
                            + "Only quantities of one dimension can be combined; money in different currencies needs an explicit exchange rate.");
        }
        return other;
    }

    @Override
    public String toString() {
        return QuantityFormat.format(this);
    }
}
