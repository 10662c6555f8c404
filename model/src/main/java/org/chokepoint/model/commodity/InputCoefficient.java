package org.chokepoint.model.commodity;

import java.util.Objects;
import org.chokepoint.model.unit.Quantity;

/**
 * How much of an upstream stage one unit of a downstream stage needs, e.g. 1.17 t of NdPr oxide
 * per t of NdPr metal. The amount carries its unit (input unit per output unit), and the figure its
 * provenance; {@code costShare} is the input's share of the value of the output, with its own, which
 * passes a price rise of the input on to the output's users.
 */
public record InputCoefficient(
        StageId input, StageId output, Quantity amount, Provenance provenance, Figure<Double> costShare) {

    public InputCoefficient {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(costShare, "costShare");
        if (!(costShare.value() >= 0 && costShare.value() <= 1)) {
            throw new IllegalArgumentException("The cost share of " + input + " in " + output
                    + " must be within 0 and 1, not " + costShare.value());
        }
        if (!(amount.value() > 0)) {
            throw new IllegalArgumentException(
                    "Coefficient " + input + " -> " + output + " must be positive, not " + amount);
        }
    }
}
