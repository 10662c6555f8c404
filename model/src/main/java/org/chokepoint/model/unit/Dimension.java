package org.chokepoint.model.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a quantity measures, as powers of base dimensions: mass, volume, energy, length, time, count,
 * share, multiple, and money in one currency (each currency is its own base, so dollars never mix
 * with yuan). Derived dimensions compose: a rate per year is {@code mass / time}, a price is {@code
 * money(USD) / energy}. Quantities can be added or converted only within one dimension.
 *
 * @param exponents the power of each base dimension; bases with power zero are absent
 */
public record Dimension(Map<String, Integer> exponents) {

    private static final String MONEY_PREFIX = "money:";

    public static final Dimension NONE = new Dimension(Map.of());
    public static final Dimension MASS = base("mass");
    public static final Dimension VOLUME = base("volume");
    public static final Dimension ENERGY = base("energy");
    public static final Dimension LENGTH = base("length");
    public static final Dimension AREA = LENGTH.times(LENGTH);
    public static final Dimension TIME = base("time");
    public static final Dimension COUNT = base("count");
    /** A part of a whole: a percentage or a ratio. */
    public static final Dimension SHARE = base("share");
    /** A factor by which something grows, as in "sevenfold". */
    public static final Dimension MULTIPLE = base("multiple");

    public Dimension {
        TreeMap<String, Integer> sorted = new TreeMap<>();
        exponents.forEach((name, power) -> {
            if (Objects.requireNonNull(power) != 0) {
                sorted.put(Objects.requireNonNull(name), power);
            }
        });
        exponents = Collections.unmodifiableMap(sorted);
    }

    private static Dimension base(String name) {
        return new Dimension(Map.of(name, 1));
    }

    /** Money in one currency, by its ISO 4217 code. */
    public static Dimension money(String currency) {
        return base(MONEY_PREFIX + currency);
    }

    public Dimension times(Dimension other) {
        Map<String, Integer> product = new TreeMap<>(exponents);
        other.exponents.forEach((name, power) -> product.merge(name, power, Integer::sum));
        return new Dimension(product);
    }

    public Dimension dividedBy(Dimension other) {
        return times(other.inverse());
    }

    public Dimension inverse() {
        Map<String, Integer> inverse = new TreeMap<>();
        exponents.forEach((name, power) -> inverse.put(name, -power));
        return new Dimension(inverse);
    }

    /** A readable name: "mass", "money (USD) per energy", "volume per time". */
    public String describe() {
        if (exponents.isEmpty()) {
            return "dimensionless";
        }
        List<String> numerator = new ArrayList<>();
        List<String> denominator = new ArrayList<>();
        exponents.forEach((name, power) -> {
            String label = label(name, Math.abs(power));
            (power > 0 ? numerator : denominator).add(label);
        });
        String top = numerator.isEmpty() ? "1" : String.join(" x ", numerator);
        return denominator.isEmpty() ? top : top + " per " + String.join(" per ", denominator);
    }

    private static String label(String name, int power) {
        String base = name.startsWith(MONEY_PREFIX) ? "money (" + name.substring(MONEY_PREFIX.length()) + ")" : name;
        if (name.equals("length") && power == 2) {
            return "area";
        }
        return power == 1 ? base : base + "^" + power;
    }

    @Override
    public String toString() {
        return describe();
    }
}
