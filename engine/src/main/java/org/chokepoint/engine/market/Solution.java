package org.chokepoint.engine.market;

/**
 * A market equilibrium: each source's producer price (baseline 1), each destination's composite
 * price (baseline 1), and the bilateral flows, in the market's physical units.
 *
 * @param prices p_s, the price each source sells at before wedges
 * @param compositePrices P_d
 * @param flows x[s][d]
 * @param iterations Newton steps taken
 * @param residual the largest excess supply left, relative to the source's baseline supply
 */
public record Solution(double[] prices, double[] compositePrices, double[][] flows, int iterations, double residual) {

    public Solution {
        prices = prices.clone();
        compositePrices = compositePrices.clone();
        flows = Market.copy(flows);
    }
}
