package org.chokepoint.engine.market;

/**
 * A model of one good's market: calibrated to reproduce its baseline exactly, then solved under a
 * policy. Implementations share one contract test.
 */
public interface MarketModel {

    /** The model's name in scenario files, e.g. "armington". */
    String name();

    /** The equilibrium of {@code market} when its wedges are {@code wedges} (the baseline's give the baseline). */
    Solution solve(Market market, double[][] wedges);

    /**
     * The equilibrium under a full policy. Models that cannot represent bans, caps, capacities, net
     * supply or floors refuse a policy that has them rather than ignore them.
     */
    default Solution solve(Market market, MarketPolicy policy) {
        if (policy.hasLimits()) {
            throw new UnsupportedOperationException("The " + name()
                    + " model has no bans, caps, capacities, stock changes or price floors; use model: armington");
        }
        Solution solution = solve(market, policy.wedges());
        return new Solution(
                solution.prices(),
                solution.compositePrices(),
                solution.flows(),
                policy.wedges(),
                new double[0],
                solution.iterations(),
                solution.residual());
    }
}
