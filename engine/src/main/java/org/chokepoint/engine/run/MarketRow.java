package org.chokepoint.engine.run;

/**
 * One region's market in one period (engine.md section 7), compared with the same month without
 * shocks: price, demand and supply changes and the shortfall, defined as in section 7a, the
 * region's commercial stock at the month's end, and the change of its world price as an exporter
 * (its sellers' price before the importers' wedges: GSIM's p_i; NaN where it sells nothing). The
 * price it pays is the change of the landed unit value of its purchases (wedges and floor tariffs
 * in, licence shadow prices and the virtual price of varieties it cannot buy out); what it goes
 * without beyond its demand's response to that price is rationed, a shortage its industries
 * cannot buy their way out of (NaN where it buys nothing in either month). With
 * Monte Carlo draws the central columns are medians and the p5/p95 columns bound 90% of the draws;
 * without draws those are NaN.
 */
public record MarketRow(
        String good,
        String region,
        String period,
        double priceChangePct,
        double demandChangePct,
        double supplyChangePct,
        double shortfallQty,
        double shortfallPct,
        double shortfallPctP5,
        double shortfallPctP95,
        double priceChangePctP5,
        double priceChangePctP95,
        double stockQty,
        double worldPriceChangePct,
        double paidPriceChangePct,
        double rationedPct) {

    /** A row of a single run. */
    static MarketRow single(
            String good,
            String region,
            String period,
            double price,
            double demand,
            double supply,
            double qty,
            double pct,
            double stock,
            double worldPrice,
            double paidPrice,
            double rationed) {
        return new MarketRow(
                good,
                region,
                period,
                price,
                demand,
                supply,
                qty,
                pct,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                stock,
                worldPrice,
                paidPrice,
                rationed);
    }
}
