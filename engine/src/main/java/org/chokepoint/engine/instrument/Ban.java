package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;

/**
 * A ban: no flow from the listed sellers to the listed buyers. An export ban lists one exporter and
 * its banned destinations, an import ban one importer and its banned origins. Solved as the limit of
 * a cap of zero (the flow leaves the buyer's aggregate), never as a huge tariff.
 */
public record Ban(String kind, List<Integer> sellers, List<Integer> buyers, Window window, String describe)
        implements Instrument {

    public Ban {
        sellers = List.copyOf(sellers);
        buyers = List.copyOf(buyers);
    }

    static Ban exportBan(Shock.ExportBan spec, Binding b) {
        List<Integer> exporter = b.regions(spec.exporter(), "exporter");
        List<Integer> importers =
                spec.importers().map(ids -> b.regions(ids, "importers")).orElseGet(() -> b.allExcept(exporter));
        Window window = b.window(spec.period());
        Flows.requireTrade(b, exporter, importers, "importers", "ban");
        return new Ban(
                spec.instrument(),
                exporter,
                importers,
                window,
                "export-ban " + b.names(exporter) + " -> " + b.names(importers) + " " + window);
    }

    static Ban importBan(Shock.ImportBan spec, Binding b) {
        List<Integer> importer = List.of(b.region(spec.importer(), "importer"));
        List<Integer> exporters = b.regions(spec.exporters(), "exporters");
        Window window = b.window(spec.period());
        Flows.requireTrade(b, exporters, importer, "exporters", "ban");
        return new Ban(
                spec.instrument(),
                exporters,
                importer,
                window,
                "import-ban by " + b.names(importer) + " on " + b.names(exporters) + " " + window);
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        for (int s : sellers) {
            for (int d : buyers) {
                if (s != d) {
                    policy.ban(s, d);
                }
            }
        }
    }
}
