package org.chokepoint.model.unit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Converts quantities: within a dimension by rescaling, across dimensions only through one cited
 * {@link ConversionFactor} for the named substance. Rates carry through: Mt/yr of LNG becomes m3/yr
 * of gas. Anything else (mass to money, one currency to another) is refused with advice.
 */
public final class Converter {

    private Converter() {}

    public static Conversion convert(Quantity quantity, Optional<String> substance, Unit target) {
        if (quantity.unit().isCompatibleWith(target)) {
            return new Conversion(quantity.to(target), List.of());
        }
        Dimension source = quantity.unit().dimension();
        if (substance.isPresent()) {
            for (ConversionFactor factor : ConversionFactors.forSubstance(substance.get())) {
                Optional<Double> forward = through(factor.from(), factor.to(), factor.baseFactor(), source, target);
                Optional<Double> backward =
                        through(factor.to(), factor.from(), 1 / factor.baseFactor(), source, target);
                Optional<Double> baseFactor = forward.or(() -> backward);
                if (baseFactor.isPresent()) {
                    double value = quantity.baseValue() * baseFactor.get() / target.factor();
                    return new Conversion(new Quantity(value, target), java.util.List.of(factor));
                }
            }
        }
        throw new IncompatibleDimensionsException(refusal(quantity, substance, target));
    }

    /**
     * The base factor from {@code source} to {@code target} when they are {@code from} and {@code to}
     * times one common residual dimension (time^-1 for rates), else empty.
     */
    private static Optional<Double> through(Unit from, Unit to, double baseFactor, Dimension source, Unit target) {
        Dimension residual = source.dividedBy(from.dimension());
        boolean fits = target.dimension().equals(to.dimension().times(residual));
        return fits ? Optional.of(baseFactor) : Optional.empty();
    }

    private static String refusal(Quantity quantity, Optional<String> substance, Unit target) {
        String from = quantity.unit().dimension().describe();
        String to = target.dimension().describe();
        String problem = "Cannot convert " + quantity.describe() + " to " + target.symbol() + " (" + to + "): ";
        if (from.startsWith("money") && to.startsWith("money")) {
            problem += "Chokepoint does not exchange currencies implicitly.";
        } else if (from.startsWith("money") != to.startsWith("money")) {
            problem += "an amount of goods becomes money only through a price, never through a unit conversion.";
        } else if (substance.isEmpty()) {
            problem += "there is no conversion between " + from + " and " + to + " without a substance.";
        } else {
            problem += "there is no cited factor for " + substance.get() + " between " + from + " and " + to + ".";
        }
        String units = Units.all().stream()
                .filter(unit -> unit.isCompatibleWith(quantity.unit()))
                .map(Unit::symbol)
                .limit(6)
                .collect(Collectors.joining(", "));
        String advice = "Convert to another unit of " + (units.isEmpty() ? from : from + " (" + units + ")");
        if (from.startsWith("money") || to.startsWith("money")) {
            return problem + System.lineSeparator() + advice + ".";
        }
        String factors = ConversionFactors.all().stream()
                .map(f -> f.substance() + " (" + f.from().dimension().describe() + " to "
                        + f.to().dimension().describe() + ")")
                .collect(Collectors.joining(", "));
        return problem + System.lineSeparator() + advice
                + ", or name a substance with a cited factor after the quantity: " + factors + ".";
    }
}
