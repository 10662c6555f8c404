package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * An ad valorem tariff or fee (a car "recycling fee" as its ad valorem equivalent) that importers
 * levy on exporters: raises t_sd by {@code rate} (engine.md section 3), or, with {@code set_to},
 * replaces whatever the baseline levies (0 removes a tariff in force).
 */
public record Tariff(
        String kind,
        List<Integer> importers,
        List<Integer> exporters,
        Parameter rate,
        boolean replaces,
        Window window,
        String describe)
        implements Instrument {

    static final Set<String> KEYS =
            Set.of("instrument", "importers", "exporters", "rate", "set_to", "from", "until", "note");

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
            boolean replaces = shock.find("set_to").isPresent();
            if (replaces == shock.find("rate").isPresent()) {
                throw shock.error(
                        "a " + kind + " needs either 'rate' (added on top) or 'set_to' (replacing what is levied)",
                        "Write rate: 25% to add a tariff, set_to: 0% to remove one the baseline carries.");
            }
            Parameter rate = fields.parameter(shock.get(replaces ? "set_to" : "rate"), 0, 100, "a tariff rate");
            Window window = fields.window(shock);
            return new Tariff(
                    kind,
                    importers,
                    exporters,
                    rate,
                    replaces,
                    window,
                    kind + (replaces ? " set to " : " ") + rate.describe() + " by " + Names.of(fields, importers)
                            + " on " + Names.of(fields, exporters) + " " + window);
        };
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double value = draw.value(rate);
        for (int d : importers) {
            for (int s : exporters) {
                if (s == d) {
                    continue;
                }
                if (replaces) {
                    policy.setTariff(s, d, value);
                } else {
                    policy.raiseWedge(s, d, 1 + value);
                }
            }
        }
    }
}
