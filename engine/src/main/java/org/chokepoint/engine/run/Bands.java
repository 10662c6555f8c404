package org.chokepoint.engine.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Medians and 5-95% bands of market rows over Monte Carlo draws (engine.md section 6). */
final class Bands {

    private Bands() {}

    /** Rows like {@code central}'s, with medians and bands over {@code draws} (each in the same row order). */
    static List<MarketRow> of(List<MarketRow> central, List<List<MarketRow>> draws) {
        List<MarketRow> rows = new ArrayList<>();
        for (int i = 0; i < central.size(); i++) {
            MarketRow row = central.get(i);
            int index = i;
            double[] shortfall =
                    draws.stream().mapToDouble(d -> d.get(index).shortfallPct()).toArray();
            double[] shortfallQty =
                    draws.stream().mapToDouble(d -> d.get(index).shortfallQty()).toArray();
            double[] price = draws.stream()
                    .mapToDouble(d -> d.get(index).priceChangePct())
                    .toArray();
            double[] demand = draws.stream()
                    .mapToDouble(d -> d.get(index).demandChangePct())
                    .toArray();
            double[] supply = draws.stream()
                    .mapToDouble(d -> d.get(index).supplyChangePct())
                    .toArray();
            double[] worldPrice = draws.stream()
                    .mapToDouble(d -> d.get(index).worldPriceChangePct())
                    .toArray();
            rows.add(new MarketRow(
                    row.good(),
                    row.region(),
                    row.period(),
                    quantile(price, 0.5),
                    quantile(demand, 0.5),
                    quantile(supply, 0.5),
                    quantile(shortfallQty, 0.5),
                    quantile(shortfall, 0.5),
                    quantile(shortfall, 0.05),
                    quantile(shortfall, 0.95),
                    quantile(price, 0.05),
                    quantile(price, 0.95),
                    quantile(
                            draws.stream()
                                    .mapToDouble(d -> d.get(index).stockQty())
                                    .toArray(),
                            0.5),
                    quantile(worldPrice, 0.5)));
        }
        return rows;
    }

    /** The q-quantile by linear interpolation between order statistics; NaN values are left out. */
    static double quantile(double[] values, double q) {
        double[] sorted =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
