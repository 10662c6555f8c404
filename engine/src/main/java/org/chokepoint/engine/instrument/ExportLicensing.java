package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.engine.market.Cap;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
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

    static ExportLicensing bind(Shock.ExportLicensing spec, Binding b) {
        List<Integer> exporters = b.regions(spec.exporter(), "exporter");
        List<Integer> importers =
                spec.importers().map(ids -> b.regions(ids, "importers")).orElseGet(() -> b.allExcept(exporters));
        Window window = b.window(spec.period());
        Flows.requireTrade(b, exporters, importers, "importers", "licence");
        return new ExportLicensing(
                exporters,
                importers,
                spec.licensedShare(),
                window,
                "export licensing by " + b.names(exporters) + ", "
                        + spec.licensedShare().describe() + " of baseline sales to " + b.names(importers) + " licensed "
                        + window);
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
