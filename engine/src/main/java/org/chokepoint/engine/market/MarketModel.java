package org.chokepoint.engine.market;

/**
 * A model of one good's market: calibrated to reproduce its baseline exactly, then solved under a
 * policy. Implementations share one contract test.
 */
public interface MarketModel {

    /** The model's name in scenario files, e.g. "armington". */
    String name();

    /** What a buyer's price change means in this model, for reports: "CES composite price". */
    default String buyersPrice() {
        return "CES composite price";
    }

    /** The equilibrium of {@code market} when its wedges are {@code wedges} (the baseline's give the baseline). */
    Solution solve(Market market, double[][] wedges);

    /**
     * What region {@code d} consumes when its composite price is {@code price}: its composite demand
     * {@code A s P^-epsilon} (A its baseline spending, s the policy's demand scale), bent to zero at the
     * policy's choke price ({@link ChokedDemand}), nothing at an infinite price. Shortfalls are
     * measured in it (engine.md 7a); models with other demand curves override it.
     */
    default double consumption(Market market, MarketPolicy policy, int d, double price) {
        return market.spending(d)
                * policy.demandScale(d)
                * ChokedDemand.perUnit(market.demand()[d], price, policy.choke());
    }

    /**
     * What region d goes without in {@code solution} against {@code reference} (the same month
     * without shocks), in the units of {@link #consumption}: its demand at the pre-shock composite
     * price less its consumption at the new one, at least 0 (engine.md 7a). In a CES composite an
     * origin of value share w that is lost while no other seller sends less costs at most
     * {@code 1 - (1 - w)^(sigma/(sigma - 1))} of it, more than w: the composite counts the lost
     * variety beyond its share of the goods.
     */
    default double shortfall(Market market, MarketPolicy policy, Solution reference, Solution solution, int d) {
        return Math.max(
                0,
                consumption(market, policy, d, reference.compositePrices()[d])
                        - consumption(market, policy, d, solution.compositePrices()[d]));
    }

    /**
     * The change of region d's consumer surplus, {@code -integral of D(P) dP}, when its composite price
     * moves from {@code before} to {@code after}, in baseline money (price 1 a unit); for composite
     * demand {@code A s P^-epsilon} bent to zero at the policy's choke. Without a choke, an infinite
     * price with demand no more than unit-elastic loses an unbounded surplus.
     */
    default double consumerSurplusChange(Market market, MarketPolicy policy, int d, double before, double after) {
        double epsilon = market.demand()[d];
        double a = market.spending(d) * policy.demandScale(d);
        if (a == 0 || after == before) {
            return 0;
        }
        double lost =
                ChokedDemand.area(epsilon, after, policy.choke()) - ChokedDemand.area(epsilon, before, policy.choke());
        return Double.isInfinite(lost) ? Double.NEGATIVE_INFINITY : -a * lost;
    }

    /**
     * Source s's producer surplus {@code p q - C(q)} selling {@code sold} at {@code price}, with C the
     * cost curve behind supply {@code B p^eta} (B its baseline sales). It holds off the supply curve
     * too: a seller held below it by a capacity keeps the rent, one that sells nothing has none.
     */
    default double producerSurplus(Market market, int s, double sold, double price) {
        double baseline = market.sales(s);
        if (baseline <= 0) {
            return 0;
        }
        double eta = market.supply()[s];
        double cost = eta > 0 ? baseline * Math.pow(sold / baseline, (1 + eta) / eta) * eta / (1 + eta) : 0;
        return price * sold - cost;
    }

    /**
     * The surplus the route from s to d keeps carrying {@code flow}: what the flow pays for the
     * route at its marginal cost less the cost of carrying it. Zero in models whose trade costs do
     * not rise with the flow (only then do the buyers', sellers' and governments' accounts add up on
     * their own).
     */
    default double routeRent(Market market, MarketPolicy policy, int s, int d, double flow) {
        return 0;
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
