package org.chokepoint.engine.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.baseline.BaselineFlow;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.model.source.Citation;

/**
 * Writes a result as tidy tables (engine.md section 7): flows.csv, markets.csv, industries.csv,
 * welfare.csv and baseline.csv (every baseline figure, observed or derived, with its sources), the
 * same in results.json, and scenario.resolved.yaml, the fully resolved spec the run used. Every
 * row carries the scenario's name and the baseline's id.
 */
public final class ResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultWriter() {}

    /** Writes every file into {@code dir}, creating it. */
    public static List<Path> write(ScenarioResult result, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, List<List<Object>>> table : tables(result).entrySet()) {
                Path file = dir.resolve(table.getKey() + ".csv");
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write(csv(table.getValue()));
                }
                written.add(file);
            }
            Path json = dir.resolve("results.json");
            Files.writeString(json, json(result), StandardCharsets.UTF_8);
            written.add(json);
            Path spec = dir.resolve("scenario.resolved.yaml");
            Files.writeString(spec, resolved(result.scenario()), StandardCharsets.UTF_8);
            written.add(spec);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The tables by name, each a header row and data rows. */
    public static Map<String, List<List<Object>>> tables(ScenarioResult result) {
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
                                "world_price_change_pct"),
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
                                r.worldPriceChangePct())));
        tables.put(
                "industries",
                table(
                        List.of("scenario", "baseline", "industry", "region", "period", "output_loss_pct", "input"),
                        result.industries(),
                        r -> List.of(
                                name, baseline, r.industry(), r.region(), r.period(), r.outputLossPct(), r.input())));
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
                                f.how().orElse(""),
                                sources(f))));
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

    /** RFC 4180 CSV; numbers as plain decimals, NaN as an empty cell. */
    public static String csv(List<List<Object>> table) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : table) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() ? "" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : number(d);
        }
        String text = String.valueOf(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value)
                .replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                .replace(".e", "e")
                .replaceAll("\\.$", "");
    }

    /** The same tables as JSON: an object of arrays of row objects; NaN and infinities become null. */
    public static String json(ScenarioResult result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", result.scenario().name());
        document.put("baseline", result.scenario().baseline().id());
        for (Map.Entry<String, List<List<Object>>> table : tables(result).entrySet()) {
            List<Object> header = table.getValue().get(0);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : table.getValue().subList(1, table.getValue().size())) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    Object value = row.get(i);
                    object.put(
                            header.get(i).toString(), value instanceof Double d && !Double.isFinite(d) ? null : value);
                }
                rows.add(object);
            }
            document.put(table.getKey(), rows);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write results as JSON: " + e.getMessage(), e);
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The spec as the run resolved it: every default filled in, every target a baseline region. */
    public static String resolved(Scenario scenario) {
        StringBuilder out = new StringBuilder();
        out.append("# Resolved from ").append(scenario.file()).append('\n');
        out.append("kind: scenario\nversion: 1\n");
        out.append("name: ").append(scenario.name()).append('\n');
        out.append("question: ").append(quote(scenario.question())).append('\n');
        out.append("baseline: ")
                .append(scenario.baseline().id())
                .append("   # ")
                .append(scenario.baseline().file())
                .append('\n');
        out.append("model: ").append(scenario.model()).append('\n');
        out.append("start: ")
                .append(scenario.start())
                .append("\nmonths: ")
                .append(scenario.months())
                .append('\n');
        out.append("elasticities:\n");
        out.append("  substitution: ")
                .append(scenario.elasticities().substitution().describe())
                .append('\n');
        out.append("  demand: ")
                .append(scenario.elasticities().demand().describe())
                .append('\n');
        out.append("  supply: ")
                .append(scenario.elasticities().supply().describe())
                .append('\n');
        scenario.elasticities().byRegion().forEach((region, overrides) -> {
            out.append("  # ").append(region).append(':');
            overrides.forEach((k, v) -> out.append(' ').append(k).append('=').append(v.describe()));
            out.append('\n');
        });
        out.append("shocks:   # as resolved\n");
        for (Instrument shock : scenario.shocks()) {
            out.append("  - ").append(quote(shock.describe())).append('\n');
        }
        out.append("monte_carlo: {draws: ")
                .append(scenario.draws())
                .append(", seed: ")
                .append(scenario.seed())
                .append("}\n");
        return out.toString();
    }
}
