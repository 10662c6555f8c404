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
     * What region {@code d} consumes when its composite price is {@code price}: its composite demand
     * {@code A s P^-epsilon} (A its baseline spending, s the policy's demand scale), nothing at an
     * infinite price. Shortfalls are measured in it (engine.md 7a); models with other demand curves
     * override it.
     */
    default double consumption(Market market, MarketPolicy policy, int d, double price) {
        if (!Double.isFinite(price)) {
            return 0;
        }
        double spending = 0;
        for (int s = 0; s < market.size(); s++) {
            spending += market.wedges()[s][d] * market.flows()[s][d];
        }
        return spending * policy.demandScale(d) * Math.pow(price, -market.demand()[d]);
    }

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
