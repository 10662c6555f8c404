package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chokepoint.engine.market.Cap;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * Export licensing: an exporter licenses only a share of its baseline sales to the listed buyers.
 * A cap on those flows together, with its shadow price as the export-tax equivalent
 * (complementarity, engine.md section 3); a share of zero is a ban.
 */
public record ExportLicensing(
        List<Integer> exporters, List<Integer> importers, Parameter share, Window window, String describe)
        implements Instrument {

    public ExportLicensing {
        exporters = List.copyOf(exporters);
        importers = List.copyOf(importers);
    }

    static InstrumentReader reader() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "exporter", "importers", "licensed_share", "from", "until", "note"));
            List<Integer> exporters = fields.regions(shock.get("exporter"));
            List<Integer> importers =
                    shock.find("importers").map(fields::regions).orElseGet(() -> fields.allExcept(exporters));
            Parameter share = fields.share(shock.get("licensed_share"), "a licensed share");
            Window window = fields.window(shock);
            double[][] table = fields.baseline().table();
            double licensable = 0;
            for (int d : importers) {
                for (int exporter : exporters) {
                    licensable += d == exporter ? 0 : table[exporter][d];
                }
            }
            if (licensable <= 0) {
                throw shock.get("importers")
                        .error(
                                "the exporter sells nothing to these importers in the baseline, so there is nothing to license");
            }
            return new ExportLicensing(
                    exporters,
                    importers,
                    share,
                    window,
                    "export licensing by " + Names.of(fields, exporters) + ", " + share.describe()
                            + " of baseline sales to " + Names.of(fields, importers) + " licensed " + window);
        };
    }

    @Override
    public String kind() {
        return "export-licensing";
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double licensed = draw.value(share);
        List<int[]> pairs = new ArrayList<>();
        double baseline = 0;
        for (int d : importers) {
            for (int exporter : exporters) {
                if (d != exporter && policy.baselineFlow(exporter, d) > 0) {
                    pairs.add(new int[] {exporter, d});
                    baseline += policy.baselineFlow(exporter, d);
                }
            }
        }
        if (licensed <= 0) {
            pairs.forEach(pair -> policy.ban(pair[0], pair[1]));
        } else if (licensed < 1) {
            policy.cap(new Cap(describe, pairs, licensed * baseline, true));
        }
    }
}
