package org.chokepoint.engine.market;

/**
 * A market equilibrium: each source's producer price (baseline 1), each destination's composite
 * price (baseline 1), the bilateral flows in the market's physical units, the wedges that held
 * (price floors set some of them), and the shadow price of each cap, in the order of the policy's
 * caps (0 where a cap does not bind).
 *
 * @param prices p_s, the price each source sells at before wedges
 * @param compositePrices P_d
 * @param flows x[s][d]
 * @param wedges tau[s][d] at the solution
 * @param capShadows lambda per cap: the export-tax equivalent of a binding cap
 * @param iterations Newton steps taken
 * @param residual the largest excess supply left, relative to the source's baseline supply
 */
public record Solution(
        double[] prices,
        double[] compositePrices,
        double[][] flows,
        double[][] wedges,
        double[] capShadows,
        int iterations,
        double residual) {

    public Solution {
        prices = prices.clone();
        compositePrices = compositePrices.clone();
        flows = Market.copy(flows);
        wedges = Market.copy(wedges);
        capShadows = capShadows.clone();
    }

    /** A solution of a market without caps, whose wedges are those it was solved under. */
    public Solution(double[] prices, double[] compositePrices, double[][] flows, int iterations, double residual) {
        this(prices, compositePrices, flows, new double[0][], new double[0], iterations, residual);
    }
}
