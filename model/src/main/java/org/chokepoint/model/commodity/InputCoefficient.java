package org.chokepoint.model.commodity;

import java.util.Objects;
import org.chokepoint.model.unit.Quantity;

/**
 * How much of an upstream stage one unit of a downstream stage needs, e.g. 1.17 t of NdPr oxide
 * per t of NdPr metal. The amount carries its unit (input unit per output unit), and the figure its
 * provenance.
 */
public record InputCoefficient(StageId input, StageId output, Quantity amount, Provenance provenance) {

    public InputCoefficient {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(provenance, "provenance");
        if (!(amount.value() > 0)) {
            throw new IllegalArgumentException(
                    "Coefficient " + input + " -> " + output + " must be positive, not " + amount);
        }
    }
}
