package org.chokepoint.engine.market;

import java.util.List;
import java.util.Objects;

/**
 * A limit on the sum of some flows of one market: an export quota or licence on a seller's sales to
 * some buyers, or a quota on a buyer's imports. Written as a complementarity condition (engine.md
 * section 3): {@code limit - sum x >= 0} with its shadow price {@code lambda >= 0}, which works as
 * an export-tax equivalent on the capped flows and is zero when the limit does not bind.
 *
 * @param name what imposes the cap, for results and errors ("CHN licensing of ndfeb-magnets")
 * @param pairs the capped flows as {source, destination} region indices
 * @param limit the most the capped flows may carry together, in the market's units; positive (a
 *     limit of zero is a ban: see {@link MarketPolicy#ban})
 * @param rentToSeller whether the shadow price is paid to the seller (a licence premium) or is only
 *     the buyers' unmet willingness to pay (contracts that hold prices)
 */
public record Cap(String name, List<int[]> pairs, double limit, boolean rentToSeller) {

    public Cap {
        Objects.requireNonNull(name, "name");
        pairs = pairs.stream().map(int[]::clone).toList();
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("The cap '" + name + "' covers no flow");
        }
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("The cap '" + name
                    + "' must be a positive quantity (a ban is a cap of zero: ban the flows instead)");
        }
    }
}
