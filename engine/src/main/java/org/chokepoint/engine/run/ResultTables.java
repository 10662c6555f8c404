package org.chokepoint.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.baseline.BaselineFlow;
import org.chokepoint.model.source.Citation;

/**
 * The schema of a result's tidy tables (engine.md section 7): flows, markets, industries, welfare
 * and baseline (every baseline figure, observed or derived, with its sources), and with Monte Carlo
 * draws drawn (what the draws drew: parameters given as distributions, baseline figures with their
 * ranges or other sources' values), with a chain of stages chain (the rounds each month took to
 * agree and the largest last change against the tolerance), each a header row and data rows, every row carrying the
 * scenario's name and the baseline's id. {@link Csv} and
 * {@link ResultJson} write them.
 */
public final class ResultTables {

    private ResultTables() {}

    /** The tables by name, each a header row and data rows. */
    public static Map<String, List<List<Object>>> of(ScenarioResult result) {
        String name = result.scenario().name();
        String baseline = result.scenario().baseline().id();
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        tables.put(
                "flows",
                table(
                        List.of(
                                "scenario",
                                "baseline",
                                "good",
                                "exporter",
                                "importer",
                                "period",
                                "baseline_qty",
                                "scenario_qty",
                                "unit",
                                "baseline_value_usd",
                                "scenario_value_usd"),
                        result.flows(),
                        r -> List.of(
                                name,
                                baseline,
                                r.good(),
                                r.exporter(),
                                r.importer(),
                                r.period(),
                                r.baselineQty(),
                                r.scenarioQty(),
                                r.unit(),
                                r.baselineValueUsd(),
                                r.scenarioValueUsd())));
        tables.put(
                "markets",
                table(
                        List.of(
                                "scenario",
                                "baseline",
                                "good",
                                "region",
                                "period",
                                "price_change_pct",
                                "demand_change_pct",
                                "supply_change_pct",
                                "shortfall_qty",
                                "shortfall_pct",
                                "shortfall_pct_p5",
                                "shortfall_pct_p95",
                                "price_change_pct_p5",
                                "price_change_pct_p95",
                                "stock_qty",
                                "world_price_change_pct",
                                "paid_price_change_pct",
                                "rationed_pct"),
                        result.markets(),
                        r -> List.of(
                                name,
                                baseline,
                                r.good(),
                                r.region(),
                                r.period(),
                                r.priceChangePct(),
                                r.demandChangePct(),
                                r.supplyChangePct(),
                                r.shortfallQty(),
                                r.shortfallPct(),
                                r.shortfallPctP5(),
                                r.shortfallPctP95(),
                                r.priceChangePctP5(),
                                r.priceChangePctP95(),
                                r.stockQty(),
                                r.worldPriceChangePct(),
                                r.paidPriceChangePct(),
                                r.rationedPct())));
        tables.put(
                "industries",
                table(
                        List.of(
                                "scenario",
                                "baseline",
                                "industry",
                                "region",
                                "period",
                                "input",
                                "stage",
                                "use_share",
                                "shortage_pct",
                                "stock_drawn_pct",
                                "substituted_pct",
                                "output_loss_pct",
                                "cost_change_pct"),
                        result.industries(),
                        r -> List.of(
                                name,
                                baseline,
                                r.industry(),
                                r.region(),
                                r.period(),
                                r.input(),
                                r.stage(),
                                r.useShare(),
                                r.shortagePct(),
                                r.stockDrawnPct(),
                                r.substitutedPct(),
                                r.outputLossPct(),
                                r.costChangePct())));
        tables.put(
                "welfare",
                table(
                        List.of(
                                "scenario",
                                "baseline",
                                "region",
                                "consumer_surplus_usd",
                                "producer_surplus_usd",
                                "tariff_revenue_usd",
                                "sanction_discount_usd",
                                "guarantee_transfer_usd",
                                "route_rent_usd"),
                        result.welfare(),
                        r -> List.of(
                                name,
                                baseline,
                                r.region(),
                                r.consumerSurplusUsd(),
                                r.producerSurplusUsd(),
                                r.tariffRevenueUsd(),
                                r.sanctionDiscountUsd(),
                                r.guaranteeTransferUsd(),
                                r.routeRentUsd())));
        Baseline base = result.scenario().baseline();
        tables.put(
                "baseline",
                table(
                        List.of(
                                "baseline",
                                "good",
                                "seller",
                                "buyer",
                                "period",
                                "quantity",
                                "unit",
                                "origin",
                                "how",
                                "sources"),
                        base.flows(),
                        f -> List.of(
                                baseline,
                                base.good(),
                                f.seller(),
                                f.buyer(),
                                base.period(),
                                f.quantity(),
                                base.unit(),
                                f.origin(),
                                f.assumption()
                                        .map(a -> "assumption: " + a
                                                + f.how().map(h -> "; " + h).orElse(""))
                                        .orElse(f.how().orElse("")),
                                sources(f))));
        if (!result.drawn().isEmpty()) {
            tables.put(
                    "drawn",
                    table(
                            List.of(
                                    "scenario",
                                    "baseline",
                                    "kind",
                                    "what",
                                    "central",
                                    "low",
                                    "high",
                                    "unit",
                                    "distribution",
                                    "how",
                                    "sources"),
                            result.drawn(),
                            r -> List.of(
                                    name,
                                    baseline,
                                    r.kind(),
                                    r.what(),
                                    r.central(),
                                    r.low(),
                                    r.high(),
                                    r.unit(),
                                    r.distribution(),
                                    r.how(),
                                    String.join(
                                            "; ",
                                            r.sources().stream()
                                                    .map(Citation::shortForm)
                                                    .toList()))));
        }
        if (!result.convergence().isEmpty()) {
            tables.put(
                    "chain",
                    table(
                            List.of(
                                    "scenario",
                                    "baseline",
                                    "stages",
                                    "period",
                                    "rounds",
                                    "largest_last_change",
                                    "tolerance"),
                            result.convergence(),
                            r -> List.of(
                                    name,
                                    baseline,
                                    r.stages(),
                                    r.period(),
                                    r.rounds(),
                                    r.lastChange(),
                                    r.tolerance())));
        }
        return tables;
    }

    private static String sources(BaselineFlow flow) {
        return String.join(
                "; ", flow.sources().stream().map(Citation::shortForm).toList());
    }

    private static <T> List<List<Object>> table(List<String> header, List<T> rows, Function<T, List<Object>> cells) {
        List<List<Object>> table = new ArrayList<>();
        table.add(new ArrayList<>(header));
        rows.forEach(row -> table.add(cells.apply(row)));
        return table;
    }
}
