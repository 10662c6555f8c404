package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * An ad valorem tariff or fee (a car "recycling fee" as its ad valorem equivalent) that importers
 * levy on exporters: raises t_sd (engine.md section 3).
 */
public record Tariff(
        String kind, List<Integer> importers, List<Integer> exporters, Parameter rate, Window window, String describe)
        implements Instrument {

    static final Set<String> KEYS = Set.of("instrument", "importers", "exporters", "rate", "from", "until", "note");

    public Tariff {
        importers = List.copyOf(importers);
        exporters = List.copyOf(exporters);
    }

    static InstrumentReader reader(String kind) {
        return (shock, fields) -> {
            shock.allowOnly(KEYS);
            List<Integer> importers = fields.regions(shock.get("importers"));
            List<Integer> exporters =
                    shock.find("exporters").map(fields::regions).orElseGet(() -> fields.allExcept(importers));
            Parameter rate = fields.parameter(shock.get("rate"), 0, 100, "a tariff rate");
            Window window = fields.window(shock);
            return new Tariff(
                    kind,
                    importers,
                    exporters,
                    rate,
                    window,
                    kind + " " + rate.describe() + " by " + Names.of(fields, importers) + " on "
                            + Names.of(fields, exporters) + " " + window);
        };
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double factor = 1 + draw.value(rate);
        for (int d : importers) {
            for (int s : exporters) {
                if (s != d) {
                    policy.raiseWedge(s, d, factor);
                }
            }
        }
    }
}
