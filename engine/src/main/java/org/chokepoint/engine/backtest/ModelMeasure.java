package org.chokepoint.engine.backtest;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.chokepoint.engine.run.FlowRow;
import org.chokepoint.engine.run.MarketRow;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;

/**
 * A quantity of a scenario's result that a reported outcome is compared with, always a change in %
 * against the same months without the shocks, over the months {@code from} to {@code until} of the
 * scenario's good (the baseline's good, not an upstream stage's).
 */
public sealed interface ModelMeasure {

    /** The measure's names as a backtest file writes them. */
    List<String> NAMES = List.of("flow-change", "price-change", "world-price-change", "supply-change");

    YearMonth from();

    YearMonth until();

    /**
     * The measure's value in {@code result}, in %. A result whose months hold nothing to compare
     * (the reader refuses measures of flows or regions absent from the baseline) is an error.
     */
    Quantity evaluate(ScenarioResult result);

    /** The measure in words, for a report. */
    String describe();

    /**
     * The change of what the exporters sold the importers, summed over the months, against the same
     * months without shocks.
     */
    record FlowChange(List<String> exporters, List<String> importers, YearMonth from, YearMonth until)
            implements ModelMeasure {

        public FlowChange {
            exporters = List.copyOf(exporters);
            importers = List.copyOf(importers);
            checkMonths(from, until);
        }

        @Override
        public Quantity evaluate(ScenarioResult result) {
            String good = result.scenario().baseline().good();
            double before = 0;
            double after = 0;
            for (FlowRow row : result.flows()) {
                if (row.good().equals(good)
                        && exporters.contains(row.exporter())
                        && importers.contains(row.importer())
                        && within(row.period(), from, until)) {
                    before += row.baselineQty();
                    after += row.scenarioQty();
                }
            }
            return percent(this, before > 0 ? 100 * (after / before - 1) : Double.NaN);
        }

        @Override
        public String describe() {
            return "flow " + String.join("+", exporters) + " -> " + String.join("+", importers) + ", "
                    + months(from, until);
        }
    }

    /** What a region-wide measure averages: a column of the market rows, named as a file names it. */
    enum Column {
        /** A region's composite price (what its buyers pay). */
        PRICE("price-change", "region", false, "price in ", MarketRow::priceChangePct),
        /** A seller's price before the importers' wedges (its world price). */
        WORLD_PRICE("world-price-change", "seller", true, "world price of ", MarketRow::worldPriceChangePct),
        /** What a region sells, at home and abroad. */
        SUPPLY("supply-change", "region", true, "supply of ", MarketRow::supplyChangePct);

        private final String measure;
        private final String key;
        private final boolean selling;
        private final String words;
        private final ToDoubleFunction<MarketRow> value;

        Column(String measure, String key, boolean selling, String words, ToDoubleFunction<MarketRow> value) {
            this.measure = measure;
            this.key = key;
            this.selling = selling;
            this.words = words;
            this.value = value;
        }

        /** The measure's name in files, e.g. "price-change". */
        public String measure() {
            return measure;
        }

        /** The key naming the region in files: "region" or "seller". */
        public String key() {
            return key;
        }

        /** Whether the region must sell in the baseline for the measure to mean something. */
        public boolean selling() {
            return selling;
        }
    }

    /** The mean monthly change of one column of a region's market rows. */
    record RegionMean(Column column, String region, YearMonth from, YearMonth until) implements ModelMeasure {

        public RegionMean {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(region, "region");
            checkMonths(from, until);
        }

        @Override
        public Quantity evaluate(ScenarioResult result) {
            return mean(this, result, region, column.value);
        }

        @Override
        public String describe() {
            return column.words + region + ", " + months(from, until);
        }
    }

    private static Quantity mean(
            ModelMeasure measure, ScenarioResult result, String region, ToDoubleFunction<MarketRow> column) {
        String good = result.scenario().baseline().good();
        Predicate<MarketRow> chosen = row -> row.good().equals(good)
                && row.region().equals(region)
                && within(row.period(), measure.from(), measure.until());
        return percent(
                measure,
                result.markets().stream()
                        .filter(chosen)
                        .mapToDouble(column)
                        .average()
                        .orElse(Double.NaN));
    }

    private static boolean within(String period, YearMonth from, YearMonth until) {
        YearMonth month = YearMonth.parse(period);
        return !month.isBefore(from) && !month.isAfter(until);
    }

    private static void checkMonths(YearMonth from, YearMonth until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("The months end (" + until + ") before they start (" + from + ")");
        }
    }

    private static String months(YearMonth from, YearMonth until) {
        return from.equals(until) ? from.toString() : from + " to " + until;
    }

    private static Quantity percent(ModelMeasure measure, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException(
                    "The result holds no " + measure.describe() + " to compare with the same months without shocks");
        }
        return Quantity.of(value, Units.PERCENT);
    }
}
