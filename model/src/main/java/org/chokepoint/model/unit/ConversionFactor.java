package org.chokepoint.model.unit;

import java.util.Objects;
import org.chokepoint.model.source.Citation;

/**
 * A named, cited factor that turns one dimension into another for one substance: one {@code from}
 * is {@code factor} {@code to}. It is the only way Chokepoint crosses dimensions, so every such
 * conversion can be traced to its source.
 *
 * @param id a stable name, e.g. "lng-mass-to-gas-volume"
 * @param description what it says in words, e.g. "1 Mt LNG = 1.36 bcm natural gas"
 * @param substance what it applies to, e.g. "LNG"
 * @param from the unit converted from
 * @param to the unit converted to
 * @param factor how many {@code to} one {@code from} is
 * @param source where the factor is published
 */
public record ConversionFactor(
        String id, String description, String substance, Unit from, Unit to, double factor, Citation source) {

    public ConversionFactor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException(
                    "Conversion factor " + id + " must be positive and finite, not " + factor);
        }
        if (from.isCompatibleWith(to)) {
            throw new IllegalArgumentException("Conversion factor " + id + " must cross dimensions; " + from.symbol()
                    + " and " + to.symbol() + " need none");
        }
    }

    /** How many base units of {@code to}'s dimension one base unit of {@code from}'s dimension is. */
    double baseFactor() {
        return factor * to.factor() / from.factor();
    }
}
