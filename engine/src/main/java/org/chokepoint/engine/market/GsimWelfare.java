package org.chokepoint.engine.market;

import java.util.List;

/**
 * The welfare effects of a GSIM solution (engine.md section 2a, after Francois and Hall), per
 * region, in the market's value units at baseline world prices (1):
 *
 * <ul>
 *   <li>{@code Phat_v = sum_i theta_iv (p_i + That_iv)}, the proportional change of importer v's
 *       composite price (the gsim solution's composite price less 1);
 *   <li>consumer surplus {@code dCS_v = -R_v Phat_v + 1/2 E_m,v R_v Phat_v |Phat_v|} with
 *       {@code R_v = sum_i M_iv T0_iv} spending at internal prices and {@code E_m = -epsilon};
 *   <li>producer surplus {@code dPS_i = X_i p_i (1 + 1/2 E_x,i p_i)} with {@code X_i = sum_v M_iv}
 *       sales at world prices (the diagonal included) and {@code E_x = eta};
 *   <li>tariff revenue {@code dTR_v = sum_i (M1_iv t1_iv - M0_iv t0_iv)} with {@code M1 = M (1 +
 *       Mhat)(1 + p)}, the new flows valued at the new world prices.
 * </ul>
 *
 * <p>The market's wedges are {@code tau = (1 + tariff)(1 + trade cost)(1 + risk premium)}; the
 * model cannot tell the parts apart, so tariff revenue treats the whole of {@code tau - 1} as a
 * tariff. That is exact when trade costs and risk premiums are zero, as in GSIM's own data, and
 * otherwise counts the other wedges' rents as revenue: read it then as the importer's wedge rent.
 *
 * @param regions the market's regions
 * @param compositePriceChanges Phat_v per importer
 * @param consumerSurplus dCS_v per importer
 * @param producerSurplus dPS_i per exporter
 * @param tariffRevenue dTR_v per importer
 */
public record GsimWelfare(
        List<String> regions,
        double[] compositePriceChanges,
        double[] consumerSurplus,
        double[] producerSurplus,
        double[] tariffRevenue) {

    public GsimWelfare {
        regions = List.copyOf(regions);
        compositePriceChanges = compositePriceChanges.clone();
        consumerSurplus = consumerSurplus.clone();
        producerSurplus = producerSurplus.clone();
        tariffRevenue = tariffRevenue.clone();
    }

    /**
     * The welfare terms of {@code solution}, a gsim solution of {@code market} under {@code
     * wedges}.
     */
    public static GsimWelfare of(Market market, double[][] wedges, Solution solution) {
        int n = market.size();
        double[][] m = market.flows();
        double[] phat = new double[n];
        double[] consumers = new double[n];
        double[] producers = new double[n];
        double[] revenue = new double[n];
        for (int v = 0; v < n; v++) {
            double spending = 0;
            for (int i = 0; i < n; i++) {
                spending += m[i][v] * market.wedges()[i][v];
                double newValue = solution.flows()[i][v] * solution.prices()[i]; // M (1 + Mhat)(1 + p)
                revenue[v] += newValue * (wedges[i][v] - 1) - m[i][v] * (market.wedges()[i][v] - 1);
            }
            phat[v] = solution.compositePrices()[v] - 1;
            double importDemand = -market.demand()[v]; // E_m
            consumers[v] = -spending * phat[v] + 0.5 * importDemand * spending * phat[v] * Math.abs(phat[v]);
        }
        for (int i = 0; i < n; i++) {
            double sales = 0;
            for (int v = 0; v < n; v++) {
                sales += m[i][v];
            }
            double p = solution.prices()[i] - 1;
            producers[i] = sales * p * (1 + 0.5 * market.supply()[i] * p);
        }
        return new GsimWelfare(market.regions(), phat, consumers, producers, revenue);
    }

    /** The net welfare change of each region: consumer and producer surplus and tariff revenue. */
    public double[] net() {
        double[] net = new double[regions.size()];
        for (int r = 0; r < net.length; r++) {
            net[r] = consumerSurplus[r] + producerSurplus[r] + tariffRevenue[r];
        }
        return net;
    }
}
