package org.chokepoint.engine.spec;

import java.util.Objects;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.IncompatibleDimensionsException;
import org.chokepoint.model.unit.Unit;

/**
 * A quantity of a scenario that may be uncertain: a number or a distribution with its unit, as a
 * file writes it ({@code capacity: 10 kt/yr}, {@code floor: {uniform: [70 USD/kg, 90 USD/kg]}}).
 * Binding converts it to the baseline's unit.
 */
public record Measure(Parameter value, Unit unit) {

    public Measure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * The value in {@code target}'s unit; fails when the dimensions differ (a capacity in m3/yr for
     * a market counted in t/yr).
     */
    public Parameter in(Unit target) {
        if (!unit.isCompatibleWith(target)) {
            throw new IncompatibleDimensionsException(
                    "'" + unit.symbol() + "' (" + unit.dimension().describe() + ") cannot be converted to "
                            + target.symbol() + " (" + target.dimension().describe() + ")");
        }
        double factor = unit.factor() / target.factor();
        return factor == 1 ? value : value.scaled(factor);
    }
}
