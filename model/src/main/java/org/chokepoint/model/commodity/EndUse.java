package org.chokepoint.model.commodity;

import java.util.Objects;
import java.util.Optional;

/**
 * An industry that uses a stage's output, with the share of that output it takes where a source
 * or an assumption gives one, and how it depends on it (stocks, cost share, substitution, role).
 */
public record EndUse(
        StageId stage,
        IndustryId industry,
        Optional<Double> share,
        Optional<Provenance> provenance,
        InputDependence dependence) {

    public EndUse {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(dependence, "dependence");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(provenance, "provenance");
        share.ifPresent(s -> {
            if (s < 0 || s > 1) {
                throw new IllegalArgumentException(
                        "The share of " + stage + " used by " + industry + " must be within 0 and 1, not " + s);
            }
        });
        if (share.isPresent() && provenance.isEmpty()) {
            throw new IllegalArgumentException(
                    "The share of " + stage + " used by " + industry + " needs a source or an assumption");
        }
    }
}
