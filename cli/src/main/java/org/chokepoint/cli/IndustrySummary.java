package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.run.IndustryRow;

/** The run summary's section on industries: lost output apart from cost increases, for one good. */
final class IndustrySummary {

    private IndustrySummary() {}

    /**
     * The industries hit through one good, each at its worst month: lost output (after the firms'
     * own stocks and substitution) apart from cost increases (a price paid, not a shortage).
     */
    static void print(List<IndustryRow> industries, Baseline good, PrintWriter out) {
        Map<String, IndustryRow> short_ = new LinkedHashMap<>();
        Map<String, IndustryRow> dearer = new LinkedHashMap<>();
        for (IndustryRow row : industries) {
            if (!row.input().equals(good.stage())) {
                continue;
            }
            String key = row.region() + " " + row.industry();
            short_.merge(key, row, IndustrySummary::worse);
            if (!Double.isNaN(row.costChangePct())) {
                dearer.merge(key, row, (a, b) -> b.costChangePct() > a.costChangePct() ? b : a);
            }
        }
        List<IndustryRow> shortages = short_.values().stream()
                .filter(row -> row.shortagePct() > 0.5)
                .sorted(Comparator.comparingDouble(IndustryRow::outputLossPct)
                        .thenComparingDouble(IndustryRow::shortagePct)
                        .reversed())
                .toList();
        List<IndustryRow> costs = dearer.values().stream()
                .filter(row -> row.costChangePct() >= 0.05)
                .sorted(Comparator.comparingDouble(IndustryRow::costChangePct).reversed())
                .toList();
        if (shortages.isEmpty() && costs.isEmpty()) {
            return;
        }
        out.println();
        out.println("Industries hit through " + good.stage()
                + " (users of the later stages it feeds included; each in its worst month):");
        if (!shortages.isEmpty()) {
            out.println("Short of it: the share of their need rationed, met from their own stocks, replaced or done"
                    + " without, and the output lost (the rest, times the input's role):");
            TextTable table =
                    new TextTable("REGION", "INDUSTRY", "BUYS", "MONTH", "SHORTAGE", "STOCKS", "REPLACED", "OUTPUT");
            shortages.stream()
                    .limit(20)
                    .forEach(row -> table.row(
                            row.region(),
                            row.industry(),
                            row.stage(),
                            row.period(),
                            share(row.shortagePct()),
                            share(row.stockDrawnPct()),
                            share(row.substitutedPct()),
                            row.outputLossPct() > 0 ? Format.percent(-row.outputLossPct()) : "0.0%"));
            table.print(out);
        }
        if (!costs.isEmpty()) {
            out.println(
                    "Cost increases, not lost output (the input's cost share, passed down the chain, times the change of the price paid, valued at most at the choke price):");
            TextTable table = new TextTable("REGION", "INDUSTRY", "BUYS", "MONTH", "COSTS");
            costs.stream()
                    .limit(20)
                    .forEach(row -> table.row(
                            row.region(),
                            row.industry(),
                            row.stage(),
                            row.period(),
                            String.format(Locale.ROOT, "%+.2f%%", row.costChangePct())));
            table.print(out);
        }
    }

    /** The worse of two months: more output lost, then a larger shortage, then the later month. */
    private static IndustryRow worse(IndustryRow a, IndustryRow b) {
        if (b.outputLossPct() != a.outputLossPct()) {
            return b.outputLossPct() > a.outputLossPct() ? b : a;
        }
        return b.shortagePct() > a.shortagePct() ? b : a;
    }

    private static String share(double pct) {
        return String.format(Locale.ROOT, "%.1f%%", pct);
    }
}
