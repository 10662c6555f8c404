package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.uncertainty.Draw;

/**
 * An instrument that moves money outside the market once it is solved: a guaranteed minimum price
 * is paid by its guarantor to the seller whenever the market pays less.
 */
public interface Settlement {

    /** What changes hands in {@code month}, in USD per year by region index. */
    Transfers transfers(Solution solution, YearMonth month, Draw draw, int regions);

    /**
     * Payments under a guarantee: what each region's producers receive and what each region's
     * guarantor pays, kept apart so that a country guaranteeing its own plant shows both.
     */
    record Transfers(double[] received, double[] paid) {
        public Transfers {
            received = received.clone();
            paid = paid.clone();
        }
    }
}
