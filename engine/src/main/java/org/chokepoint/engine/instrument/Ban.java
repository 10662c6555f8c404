package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
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

    static InstrumentReader exportBan() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "exporter", "importers", "from", "until", "note"));
            List<Integer> exporter = fields.regions(shock.get("exporter"));
            List<Integer> importers =
                    shock.find("importers").map(fields::regions).orElseGet(() -> fields.allExcept(exporter));
            Window window = fields.window(shock);
            return new Ban(
                    "export-ban",
                    exporter,
                    importers,
                    window,
                    "export-ban " + Names.of(fields, exporter) + " -> " + Names.of(fields, importers) + " " + window);
        };
    }

    static InstrumentReader importBan() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "importer", "exporters", "from", "until", "note"));
            List<Integer> importer = List.of(fields.region(shock.get("importer")));
            List<Integer> exporters = fields.regions(shock.get("exporters"));
            Window window = fields.window(shock);
            return new Ban(
                    "import-ban",
                    exporters,
                    importer,
                    window,
                    "import-ban by " + Names.of(fields, importer) + " on " + Names.of(fields, exporters) + " "
                            + window);
        };
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
