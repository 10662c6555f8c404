package org.chokepoint.engine.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Medians and 5-95% bands of market rows over Monte Carlo draws (engine.md section 6), gathered a
 * draw at a time in {@link QuantileSketch}es, so that memory does not grow with the draws.
 */
final class Bands {

    /** The columns summarised, in the order of {@link #values}. */
    private static final int COLUMNS = 9;

    private final List<MarketRow> central;
    private final QuantileSketch[][] sketches;

    /** Bands for rows like {@code central}'s, each draw giving its rows in the same order. */
    Bands(List<MarketRow> central) {
        this.central = List.copyOf(central);
        this.sketches = new QuantileSketch[central.size()][COLUMNS];
        for (QuantileSketch[] row : sketches) {
            for (int c = 0; c < COLUMNS; c++) {
                row[c] = new QuantileSketch();
            }
        }
    }

    private static double[] values(MarketRow row) {
        return new double[] {
            row.priceChangePct(),
            row.demandChangePct(),
            row.supplyChangePct(),
            row.shortfallQty(),
            row.shortfallPct(),
            row.stockQty(),
            row.worldPriceChangePct(),
            row.paidPriceChangePct(),
            row.rationedPct()
        };
    }

    /** One draw's rows. */
    void add(List<MarketRow> draw) {
        for (int i = 0; i < sketches.length; i++) {
            double[] values = values(draw.get(i));
            for (int c = 0; c < COLUMNS; c++) {
                sketches[i][c].add(values[c]);
            }
        }
    }

    /** Rows like the central ones with the draws' medians and bands. */
    List<MarketRow> rows() {
        List<MarketRow> rows = new ArrayList<>();
        for (int i = 0; i < central.size(); i++) {
            MarketRow row = central.get(i);
            QuantileSketch[] s = sketches[i];
            rows.add(new MarketRow(
                    row.good(),
                    row.region(),
                    row.period(),
                    s[0].quantile(0.5),
                    s[1].quantile(0.5),
                    s[2].quantile(0.5),
                    s[3].quantile(0.5),
                    s[4].quantile(0.5),
                    s[4].quantile(0.05),
                    s[4].quantile(0.95),
                    s[0].quantile(0.05),
                    s[0].quantile(0.95),
                    s[5].quantile(0.5),
                    s[6].quantile(0.5),
                    s[7].quantile(0.5),
                    s[8].quantile(0.5)));
        }
        return rows;
    }
}
