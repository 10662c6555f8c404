package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.market.MarketModels;
import org.chokepoint.engine.run.ChainRow;
import org.chokepoint.engine.run.FlowRow;
import org.chokepoint.engine.run.MarketRow;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.run.WelfareRow;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.Upstream;
import org.chokepoint.engine.spec.Elasticities;
import org.chokepoint.model.source.Citation;

/**
 * The readable summary of a run: the question and the shocks, and for a chain how its stages
 * agreed; for each good of the scenario (the good and, in a chain, its inputs), with draws what they drew (distributions and baseline figures with
 * their ranges and sources), the largest shortfalls (with their 5-95% band when there were
 * draws), the shortfall over time, stocks, price moves, the exporters' world-price changes (to
 * GSIM's four decimals) and the industries hit; then winners and losers, and where the baseline's
 * figures and sources are.
 */
final class RunSummary {

    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})");

    private final ScenarioResult result;
    private final String argument;

    RunSummary(ScenarioResult result, String argument) {
        this.result = result;
        this.argument = argument;
    }

    void print(PrintWriter out) {
        Scenario scenario = result.scenario();
        out.println(scenario.name() + ": " + scenario.question());
        out.println("Baseline " + scenario.baseline().id() + " ("
                + scenario.baseline().good() + ", "
                + scenario.baseline().unit() + "), model " + scenario.model() + ", " + scenario.months()
                + (scenario.months() == 1 ? " month" : " months") + " from " + scenario.start()
                + (scenario.draws() > 0
                        ? ", " + scenario.draws() + " Monte Carlo draws (seed " + scenario.seed() + ")"
                        : ""));
        carriedForward(scenario).ifPresent(out::println);
        for (Instrument limit : scenario.limits()) {
            out.println("  limit (with and without the shocks): " + limit.describe());
        }
        for (Instrument shock : scenario.shocks()) {
            out.println("  shock: " + shock.describe());
        }
        for (Upstream up : scenario.chain()) {
            out.println("Input stage: baseline " + up.baseline().id() + " ("
                    + up.baseline().good() + ")");
            up.shocks().forEach(shock -> out.println("  shock: " + shock.describe()));
        }
        if (!result.convergence().isEmpty()) {
            ChainRow slowest = result.convergence().stream()
                    .max(Comparator.comparingInt(ChainRow::rounds))
                    .orElseThrow();
            double largest = result.convergence().stream()
                    .mapToDouble(ChainRow::lastChange)
                    .max()
                    .orElseThrow();
            out.println("Chain " + slowest.stages() + " solved jointly each month: at most " + slowest.rounds()
                    + (slowest.rounds() == 1 ? " round" : " rounds") + " (" + slowest.period()
                    + "), largest last change of derived demand "
                    + String.format(Locale.ROOT, "%.1e", largest).replace("e-0", "e-")
                    + " against a tolerance of "
                    + String.format(Locale.ROOT, "%.0e", slowest.tolerance()).replace("e-0", "e-"));
        }
        if (!result.drawn().isEmpty()) {
            out.println("What the draws drew (the bands span these; a single run uses the central values):");
            TextTable drawn = new TextTable("KIND", "WHAT", "CENTRAL", "DRAWN FROM", "SOURCES");
            result.drawn()
                    .forEach(row -> drawn.row(
                            row.kind(),
                            row.what(),
                            Format.number(row.central()) + (row.unit().isEmpty() ? "" : " " + row.unit()),
                            row.distribution(),
                            row.sources().stream()
                                    .map(Citation::publisher)
                                    .distinct()
                                    .collect(Collectors.joining("; "))));
            drawn.print(out);
            if (result.drawn().stream().anyMatch(row -> row.kind().equals("figure"))) {
                out.println("  (each figure's reasons and full sources: chokepoint validate " + argument
                        + ", or the drawn table of --out)");
            }
        }
        List<Baseline> goods = new ArrayList<>(List.of(scenario.baseline()));
        scenario.chain().forEach(up -> goods.add(up.baseline()));
        for (Baseline good : goods) {
            List<MarketRow> rows = result.markets().stream()
                    .filter(row -> row.good().equals(good.good()))
                    .toList();
            if (goods.size() > 1) {
                out.println();
                out.println("== " + good.good() + " ==");
            }
            printGood(good, rows, out);
        }
        out.println();
        // route rents exist only in the spatial model; the column is left out where all are zero
        boolean routes = result.welfare().stream().anyMatch(row -> row.routeRentUsd() != 0);
        out.println("Winners and losers over the horizon (net = consumer + producer surplus + tariff revenue"
                + " + guarantee payments" + (routes ? " + route rents" : "")
                + "; sanction discounts are already in producer surplus; where a region is rationed its loss is"
                + " priced up to a choke price of "
                + result.scenario().elasticities().chokePrice().describe()
                + " times the month without shocks, "
                + (result.scenario().elasticities().chokePrice().equals(Elasticities.DEFAULT_CHOKE_PRICE)
                        ? "the default assumption"
                        : "the scenario's assumption")
                + "):");
        List<String> header = new ArrayList<>(
                List.of("REGION", "NET", "CONSUMERS", "PRODUCERS", "TARIFFS", "DISCOUNTS", "GUARANTEES"));
        if (routes) {
            header.add("ROUTES");
        }
        TextTable welfare = new TextTable(header.toArray(String[]::new));
        result.welfare().stream()
                .sorted(Comparator.comparingDouble(WelfareRow::total).reversed())
                .forEach(row -> {
                    List<String> cells = new ArrayList<>(List.of(
                            row.region(),
                            Format.usd(row.total()),
                            Format.usd(row.consumerSurplusUsd()),
                            Format.usd(row.producerSurplusUsd()),
                            Format.usd(row.tariffRevenueUsd()),
                            Format.usd(-row.sanctionDiscountUsd()),
                            Format.usd(row.guaranteeTransferUsd())));
                    if (routes) {
                        cells.add(Format.usd(row.routeRentUsd()));
                    }
                    welfare.row(cells.toArray(String[]::new));
                });
        welfare.print(out);
        printCountries(result.welfare(), out);
        out.println();
        out.println("Baseline figures and their sources: chokepoint validate " + argument);
        out.println("All tables (flows, markets, industries, welfare, baseline"
                + (result.convergence().isEmpty() ? "" : ", chain") + ") as CSV and JSON: chokepoint run " + argument
                + " --out DIR");
    }

    /**
     * What a run that starts after its baseline's period carries forward, e.g. "2024's market carried
     * forward to 2031: ..."; empty when the run starts within a year of it or the period is no year.
     */
    static Optional<String> carriedForward(Scenario scenario) {
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("^(\\d{4})")
                .matcher(scenario.baseline().period());
        if (!year.find()) {
            return Optional.empty();
        }
        int last = Integer.parseInt(year.group(1));
        if (scenario.start().getYear() <= last + 1) {
            return Optional.empty();
        }
        return Optional.of("  carried forward: the baseline is " + last + "'s market run from " + scenario.start()
                + " as it was (its flows, price, seasons and limits; no growth of demand or capacity beyond the"
                + " scenario's own shocks), so the result is what the shocks would do to that market");
    }

    /** A country whose sellers are told apart (RUS/pipeline, RUS/lng) nets them in one line. */
    private static void printCountries(List<WelfareRow> rows, PrintWriter out) {
        Map<String, List<WelfareRow>> byCountry = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> row.region().split("/", 2)[0], LinkedHashMap::new, Collectors.toList()));
        byCountry.forEach((country, parts) -> {
            if (parts.size() > 1) {
                out.println(country + ", all its regions together ("
                        + parts.stream().map(WelfareRow::region).collect(Collectors.joining(", ")) + "): net "
                        + Format.usd(
                                parts.stream().mapToDouble(WelfareRow::total).sum()));
            }
        });
    }

    /** What a region bought in a month, by seller, without and with the shocks. */
    private record Purchases(Map<String, double[]> bySeller) {

        String change() {
            double before = bySeller.values().stream().mapToDouble(q -> q[0]).sum();
            double after = bySeller.values().stream().mapToDouble(q -> q[1]).sum();
            return before > 0 ? Format.percent(100 * (after / before - 1)) : "-";
        }

        /** What the sellers that sent less no longer send, as a share of the region's purchases without the shocks. */
        double lostShare() {
            double before = bySeller.values().stream().mapToDouble(q -> q[0]).sum();
            double lost = bySeller.values().stream()
                    .mapToDouble(q -> Math.max(0, q[0] - q[1]))
                    .sum();
            return before > 0 ? lost / before : 0;
        }

        /** The two sellers whose sales to the region fell most, e.g. "CHN 87.9% -> 0.0%". */
        String sellersThatSentLess() {
            double before = bySeller.values().stream().mapToDouble(q -> q[0]).sum();
            double after = bySeller.values().stream().mapToDouble(q -> q[1]).sum();
            return bySeller.entrySet().stream()
                    .filter(e -> e.getValue()[1] < e.getValue()[0] * (1 - 1e-6))
                    .sorted(Comparator.comparingDouble(e -> e.getValue()[1] - e.getValue()[0]))
                    .limit(2)
                    .map(e -> String.format(
                            Locale.ROOT,
                            "%s %.1f%% -> %.1f%%",
                            e.getKey(),
                            100 * e.getValue()[0] / before,
                            after > 0 ? 100 * e.getValue()[1] / after : 0.0))
                    .collect(Collectors.joining(", "));
        }
    }

    private Purchases purchases(Baseline good, String region, String period) {
        Map<String, double[]> bySeller = new LinkedHashMap<>();
        for (FlowRow flow : result.flows()) {
            if (flow.good().equals(good.good())
                    && flow.importer().equals(region)
                    && flow.period().equals(period)) {
                double[] q = bySeller.computeIfAbsent(flow.exporter(), k -> new double[2]);
                q[0] += flow.baselineQty();
                q[1] += flow.scenarioQty();
            }
        }
        return new Purchases(bySeller);
    }

    private void printGood(Baseline good, List<MarketRow> rows, PrintWriter out) {
        Map<String, MarketRow> peaks = peaks(rows);
        out.println();
        out.println("Largest shortfalls (worst month; demand at the pre-shock price that goes unmet, share of it):");
        List<MarketRow> shortRegions = peaks.values().stream()
                .filter(row -> row.shortfallPct() > 0.05)
                .sorted(Comparator.comparingDouble(MarketRow::shortfallPct).reversed())
                .toList();
        if (shortRegions.isEmpty()) {
            out.println("  none: every region gets at least 99.95% of what it wanted");
        } else {
            boolean bands = result.scenario().draws() > 0;
            TextTable table = new TextTable(
                    "REGION", "MONTH", "SHORTFALL", bands ? "5-95%" : "", "PER MONTH", "PRICE", "BOUGHT", "SENT LESS");
            shortRegions.forEach(row -> {
                Purchases purchases = purchases(good, row.region(), row.period());
                table.row(
                        row.region(),
                        row.period(),
                        String.format(Locale.ROOT, "%.1f%%", row.shortfallPct()),
                        Double.isNaN(row.shortfallPctP5())
                                ? ""
                                : String.format(
                                        Locale.ROOT, "%.1f-%.1f%%", row.shortfallPctP5(), row.shortfallPctP95()),
                        Format.number(row.shortfallQty()) + " " + good.unit(),
                        Double.isNaN(row.priceChangePct()) ? "no supply" : price(row.priceChangePct()),
                        purchases.change(),
                        purchases.sellersThatSentLess());
            });
            table.print(out);
            out.println("(SHORTFALL counts what goes unmet in the model's composite units, each origin at its"
                    + " calibrated weight; BOUGHT is the change of the " + good.unit() + " the region buys (new"
                    + " routes' deliveries included, its own stock draws not); SENT LESS names the sellers that sent it less, with their"
                    + " share of its purchases without and with the shocks.)");
            List<String> beyond = shortRegions.stream()
                    .filter(row -> row.shortfallPct()
                            > 100 * purchases(good, row.region(), row.period()).lostShare() + 0.05)
                    .map(row -> String.format(
                            Locale.ROOT,
                            "%s %.1f%% against %.1f%%",
                            row.region(),
                            row.shortfallPct(),
                            100 * purchases(good, row.region(), row.period()).lostShare()))
                    .toList();
            if (!beyond.isEmpty()) {
                out.println("(Short of more than the sellers that sent less took away, in " + good.unit()
                        + " of its purchases: "
                        + String.join(", ", beyond) + ". The composite counts a lost origin beyond its share of"
                        + " the goods: losing an origin of share w costs up to 1 - (1 - w)^(sigma/(sigma - 1)) of it"
                        + " even when no other seller sends less; BOUGHT gives the goods themselves.)");
            }
        }
        printPath(rows, peaks, out);
        if (good == result.scenario().baseline()) {
            printStocks(rows, good, out);
        }
        out.println();
        out.println(
                "Price moves in the last month, " + result.scenario().end() + " ("
                        + MarketModels.find(result.scenario().model())
                                .orElseThrow()
                                .buyersPrice()
                        + "; where a region is rationed it is the price that would clear its demand, not a price anyone pays):");
        TextTable prices = new TextTable("REGION", "PRICE", "CONSUMED", "SOLD");
        String last = result.scenario().end().toString();
        rows.stream()
                .filter(row -> row.period().equals(last))
                .forEach(row -> prices.row(
                        row.region(),
                        price(row.priceChangePct()),
                        Format.percent(row.demandChangePct()),
                        Format.percent(row.supplyChangePct())));
        prices.print(out);
        printWorldPrices(rows, last, out);
        printFlows(good, last, out);
        IndustrySummary.print(result.industries(), good, out);
    }

    /** Each exporter's own price change in the last month, proportional to four decimals, as GSIM reports its p_i. */
    private static void printWorldPrices(List<MarketRow> rows, String month, PrintWriter out) {
        out.println();
        out.println("World-price changes by exporter, " + month + " (the seller's price, proportional; GSIM's p_i):");
        TextTable table = new TextTable("EXPORTER", "CHANGE");
        rows.stream()
                .filter(row -> row.period().equals(month) && !Double.isNaN(row.worldPriceChangePct()))
                .forEach(row ->
                        table.row(row.region(), String.format(Locale.ROOT, "%.4f", row.worldPriceChangePct() / 100)));
        table.print(out);
    }

    /** The flows that moved most in the last month, re-routed flows first in size. */
    private void printFlows(Baseline good, String month, PrintWriter out) {
        List<FlowRow> moved = result.flows().stream()
                .filter(row -> row.good().equals(good.good()) && row.period().equals(month))
                .filter(row -> !row.exporter().equals(row.importer()))
                .filter(row -> Math.abs(row.scenarioQty() - row.baselineQty()) > 1e-6 * (1 + row.baselineQty()))
                .sorted(Comparator.comparingDouble((FlowRow row) -> Math.abs(row.scenarioQty() - row.baselineQty()))
                        .reversed())
                .limit(8)
                .toList();
        if (moved.isEmpty()) {
            return;
        }
        out.println();
        out.println("Largest changes in trade flows, " + month + " (" + good.unit() + " a month):");
        TextTable table = new TextTable("FROM", "TO", "WITHOUT SHOCKS", "WITH", "CHANGE");
        moved.forEach(row -> table.row(
                row.exporter(),
                row.importer(),
                Format.number(row.baselineQty()),
                Format.number(row.scenarioQty()),
                row.baselineQty() > 0 ? Format.percent(100 * (row.scenarioQty() / row.baselineQty() - 1)) : "new"));
        table.print(out);
    }

    /** The shortfall over time of every region short by more than 1% in some month, every third month. */
    private void printPath(List<MarketRow> rows, Map<String, MarketRow> peaks, PrintWriter out) {
        List<String> regions = peaks.values().stream()
                .filter(row -> row.shortfallPct() > 1)
                .sorted(Comparator.comparingDouble(MarketRow::shortfallPct).reversed())
                .map(MarketRow::region)
                .toList();
        if (regions.isEmpty() || result.scenario().months() < 2) {
            return;
        }
        out.println();
        out.println("Shortfall over time (every third month):");
        List<String> months = rows.stream().map(MarketRow::period).distinct().toList();
        List<String> header = new ArrayList<>(List.of("REGION"));
        for (int i = 0; i < months.size(); i += 3) {
            header.add(months.get(i));
        }
        TextTable path = new TextTable(header.toArray(String[]::new));
        for (String region : regions) {
            List<String> cells = new ArrayList<>(List.of(region));
            for (int i = 0; i < months.size(); i += 3) {
                String month = months.get(i);
                rows.stream()
                        .filter(row ->
                                row.region().equals(region) && row.period().equals(month))
                        .findFirst()
                        .ifPresent(row -> cells.add(String.format(Locale.ROOT, "%.1f%%", row.shortfallPct())));
            }
            path.row(cells.toArray(String[]::new));
        }
        path.print(out);
    }

    /** The end-of-month stocks of the regions that hold them, every month. */
    private void printStocks(List<MarketRow> rows, Baseline good, PrintWriter out) {
        if (result.scenario().inventories().isEmpty()) {
            return;
        }
        out.println();
        out.println("Commercial stocks at the end of each month (" + good.unit() + "):");
        List<String> months = rows.stream().map(MarketRow::period).distinct().toList();
        List<String> header = new ArrayList<>(List.of("REGION"));
        header.addAll(months);
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (var inventory : result.scenario().inventories()) {
            List<String> cells = new ArrayList<>(List.of(inventory.region()));
            for (String month : months) {
                rows.stream()
                        .filter(row -> row.region().equals(inventory.region())
                                && row.period().equals(month))
                        .findFirst()
                        .ifPresent(row -> cells.add(Format.number(row.stockQty())));
            }
            table.row(cells.toArray(String[]::new));
        }
        table.print(out);
    }

    /** A price change, with rationing prices above +1000% shown as such. */
    private static String price(double pct) {
        return pct > 1000 ? ">+1000% (rationed)" : Format.percent(pct);
    }

    /** Each region's worst month by shortfall (the first month when none is short). */
    private static Map<String, MarketRow> peaks(List<MarketRow> rows) {
        Map<String, MarketRow> peaks = new LinkedHashMap<>();
        for (MarketRow row : rows) {
            MarketRow best = peaks.get(row.region());
            if (best == null || row.shortfallPct() > best.shortfallPct()) {
                peaks.put(row.region(), row);
            }
        }
        return peaks;
    }
}
