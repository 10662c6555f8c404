package org.chokepoint.model.unit;

import java.util.List;

/**
 * The result of a conversion with the cited factors it used (none for a change of unit within one
 * dimension), so the output can say how it got its number.
 */
public record Conversion(Quantity result, List<ConversionFactor> factorsUsed) {

    public Conversion {
        factorsUsed = List.copyOf(factorsUsed);
    }
}
