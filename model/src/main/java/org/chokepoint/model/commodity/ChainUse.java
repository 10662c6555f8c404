package org.chokepoint.model.commodity;

import java.util.List;
import java.util.Objects;

/**
 * An industry that uses a stage directly or through the later stages it feeds: the end use of the
 * stage the industry buys, and the links from the first stage to it (empty for a direct user).
 */
public record ChainUse(EndUse use, List<InputCoefficient> path) {

    public ChainUse {
        Objects.requireNonNull(use, "use");
        path = List.copyOf(path);
    }

    /**
     * The first stage's share of the value of what the industry buys: the product of the links'
     * cost shares (1 for a direct user), so that a price rise of the first stage raises the
     * industry's costs by {@code costShare x this x the rise}.
     */
    public double passThrough() {
        double share = 1;
        for (InputCoefficient link : path) {
            share *= link.costShare().value();
        }
        return share;
    }
}
