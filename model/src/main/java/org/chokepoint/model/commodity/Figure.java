package org.chokepoint.model.commodity;

import java.util.Objects;

/**
 * One figure of the reference data with where it comes from: a published source, or an assumption
 * stated with its rationale.
 */
public record Figure<T>(T value, Provenance provenance) {

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
