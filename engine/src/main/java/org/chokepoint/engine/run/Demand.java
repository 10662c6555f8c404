package org.chokepoint.engine.run;

import org.chokepoint.engine.market.Market;
import org.chokepoint.engine.market.MarketPolicy;

/** A region's composite demand A s P^-epsilon, in which shortfalls are measured (engine.md 7a). */
final class Demand {

    private Demand() {}

    /** A region's baseline spending on the good: A. */
    static double expenditure(Market market, int region) {
        double expenditure = 0;
        for (int s = 0; s < market.size(); s++) {
            expenditure += market.wedges()[s][region] * market.flows()[s][region];
        }
        return expenditure;
    }

    /** What the region consumes at composite price {@code price}: nothing when it can buy nothing. */
    static double consumed(Market market, MarketPolicy policy, int region, double price) {
        if (!Double.isFinite(price)) {
            return 0;
        }
        return expenditure(market, region) * policy.demandScale(region) * Math.pow(price, -market.demand()[region]);
    }
}
