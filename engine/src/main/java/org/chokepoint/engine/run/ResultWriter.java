package org.chokepoint.engine.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.baseline.BaselineFlow;
import org.chokepoint.engine.scenario.ResolvedScenario;
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

    /**
     * Fails with a one-line message unless {@code dir} is a folder that can be written or can be
     * created; called before a run so that a bad folder costs no run.
     */
    public static void checkWritable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a folder: give --out a folder for the tables");
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new IllegalArgumentException("Cannot write results to " + dir + ": "
                    + (existing == null ? "no folder above it exists" : existing + " cannot be written"));
        }
    }

    /**
     * Writes every file into {@code dir}, creating it; each file is written beside its place and
     * moved there whole, so that a failure leaves no half-written table.
     */
    public static List<Path> write(ScenarioResult result, Path dir) {
        checkWritable(dir);
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<Object>>> table : tables(result).entrySet()) {
            files.put(table.getKey() + ".csv", csv(table.getValue()));
        }
        files.put("results.json", json(result));
        files.putAll(ResolvedScenario.files(result.scenario()));
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Path partial = Files.createTempFile(dir, "." + file.getKey(), ".partial");
                try {
                    Files.writeString(partial, file.getValue(), StandardCharsets.UTF_8);
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write results to " + dir + ": " + e.getMessage(), e);
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
}
