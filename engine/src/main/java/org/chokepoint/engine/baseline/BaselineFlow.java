package org.chokepoint.engine.baseline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.model.source.Citation;

/**
 * One figure of a baseline: the quantity a seller delivers to a buyer in the baseline period (the
 * seller's own use when they are the same), with where it comes from. A figure is observed when a
 * source states it, derived when it is computed from stated figures ({@code how} says how).
 *
 * @param seller the seller's region
 * @param buyer the buyer's region
 * @param quantity in the baseline's unit per period
 * @param how the arithmetic that derives it from its sources, if it is not stated as such
 * @param sources what it rests on
 */
public record BaselineFlow(String seller, String buyer, double quantity, Optional<String> how, List<Citation> sources) {

    public BaselineFlow {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(how, "how");
        sources = List.copyOf(sources);
        if (!(quantity >= 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("A baseline flow is a finite quantity >= 0, not " + quantity);
        }
    }

    /** "observed" or "derived", as results report it. */
    public String origin() {
        return how.isPresent() ? "derived" : "observed";
    }
}
