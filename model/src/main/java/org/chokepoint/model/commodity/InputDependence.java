package org.chokepoint.model.commodity;

import java.util.Objects;
import org.chokepoint.model.unit.Dimension;
import org.chokepoint.model.unit.Quantity;

/**
 * How an industry depends on an input it uses (engine.md section 4): the firms' stocks as a time of
 * their use ({@code cover}); the input's share of the value of the industry's output ({@code
 * costShare}), which turns a price rise into a cost increase; what it can do without or replace
 * ({@code substitution}); and its {@code role}, the share of the industry's output that needs the
 * input at all, which bounds the output a shortage can stop. Each figure has its source or
 * assumption.
 */
public record InputDependence(
        Figure<Quantity> cover, Figure<Double> costShare, Figure<Substitution> substitution, Figure<Double> role) {

    public InputDependence {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(costShare, "costShare");
        Objects.requireNonNull(substitution, "substitution");
        Objects.requireNonNull(role, "role");
        if (!cover.value().unit().dimension().equals(Dimension.TIME)
                || !(cover.value().value() >= 0)) {
            throw new IllegalArgumentException("cover must be a time of 0 months or more, not " + cover.value());
        }
        if (!(costShare.value() >= 0 && costShare.value() <= 1)) {
            throw new IllegalArgumentException("cost_share must be within 0 and 1, not " + costShare.value());
        }
        if (!(role.value() > 0 && role.value() <= 1)) {
            throw new IllegalArgumentException("role must be above 0 and at most 1, not " + role.value());
        }
    }
}
