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

    /** The mean monthly change of a region's composite price (what its buyers pay). */
    record PriceChange(String region, YearMonth from, YearMonth until) implements ModelMeasure {

        public PriceChange {
            Objects.requireNonNull(region, "region");
            checkMonths(from, until);
        }

        @Override
        public Quantity evaluate(ScenarioResult result) {
            return mean(this, result, region, MarketRow::priceChangePct);
        }

        @Override
        public String describe() {
            return "price in " + region + ", " + months(from, until);
        }
    }

    /** The mean monthly change of a seller's price before the importers' wedges (its world price). */
    record WorldPriceChange(String seller, YearMonth from, YearMonth until) implements ModelMeasure {

        public WorldPriceChange {
            Objects.requireNonNull(seller, "seller");
            checkMonths(from, until);
        }

        @Override
        public Quantity evaluate(ScenarioResult result) {
            return mean(this, result, seller, MarketRow::worldPriceChangePct);
        }

        @Override
        public String describe() {
            return "world price of " + seller + ", " + months(from, until);
        }
    }

    /** The mean monthly change of what a region sells, at home and abroad. */
    record SupplyChange(String region, YearMonth from, YearMonth until) implements ModelMeasure {

        public SupplyChange {
            Objects.requireNonNull(region, "region");
            checkMonths(from, until);
        }

        @Override
        public Quantity evaluate(ScenarioResult result) {
            return mean(this, result, region, MarketRow::supplyChangePct);
        }

        @Override
        public String describe() {
            return "supply of " + region + ", " + months(from, until);
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
