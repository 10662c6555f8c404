package org.chokepoint.engine.run;

import org.chokepoint.engine.market.Market;

/** A region's baseline spending on a good: A in its composite demand, the weight of its purchases. */
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
}
