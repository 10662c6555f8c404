package org.chokepoint.engine.baseline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Spread;
import org.chokepoint.model.source.Citation;

/**
 * One figure of a baseline: the quantity a seller delivers to a buyer in the baseline period (the
 * seller's own use when they are the same), with where it comes from. A figure is observed when a
 * source states it, derived when it is computed from stated figures ({@code how} says how). Where
 * sources disagree or give a range, its {@code spread} says where else it may lie: Monte Carlo draws
 * draw it, a single run uses the stated quantity.
 *
 * @param seller the seller's region
 * @param buyer the buyer's region
 * @param quantity in the baseline's unit per period
 * @param how the arithmetic that derives it from its sources, if it is not stated as such
 * @param sources what it rests on
 * @param spread the range or other sources' values, if any; a range encloses the quantity
 * @param assumption what the figure assumes that no source states, if anything: such a figure is
 *     "assumed", and may rest on no source at all
 */
public record BaselineFlow(
        String seller,
        String buyer,
        double quantity,
        Optional<String> how,
        List<Citation> sources,
        Optional<Spread> spread,
        Optional<String> assumption) {

    public BaselineFlow {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(how, "how");
        sources = List.copyOf(sources);
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(assumption, "assumption");
        if (!(quantity >= 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("A baseline flow is a finite quantity >= 0, not " + quantity);
        }
        if (spread.isPresent()
                && spread.get() instanceof Spread.Range range
                && !(range.low() <= quantity && quantity <= range.high())) {
            throw new IllegalArgumentException(
                    "A flow's range must enclose its quantity " + quantity + ", not " + range.describe(quantity));
        }
    }

    /** A flow whose sources agree on one value. */
    public BaselineFlow(String seller, String buyer, double quantity, Optional<String> how, List<Citation> sources) {
        this(seller, buyer, quantity, how, sources, Optional.empty());
    }

    /** A flow that assumes nothing beyond its sources. */
    public BaselineFlow(
            String seller,
            String buyer,
            double quantity,
            Optional<String> how,
            List<Citation> sources,
            Optional<Spread> spread) {
        this(seller, buyer, quantity, how, sources, spread, Optional.empty());
    }

    /** The quantity in one run: as stated, or drawn from its spread in a Monte Carlo draw. */
    public double quantity(Draw draw) {
        return spread.isEmpty() ? quantity : draw.figure(quantity, spread.get());
    }

    /** "observed", "derived" (computed from stated figures) or "assumed" (resting on an assumption), as results report it. */
    public String origin() {
        return assumption.isPresent() ? "assumed" : how.isPresent() ? "derived" : "observed";
    }
}
