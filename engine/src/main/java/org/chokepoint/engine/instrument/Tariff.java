package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
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

    public Tariff {
        importers = List.copyOf(importers);
        exporters = List.copyOf(exporters);
    }

    static Tariff bind(Shock.Tariff spec, Binding b) {
        List<Integer> importers = b.regions(spec.importers(), "importers");
        List<Integer> exporters =
                spec.exporters().map(ids -> b.regions(ids, "exporters")).orElseGet(() -> b.allExcept(importers));
        Window window = b.window(spec.period());
        return new Tariff(
                spec.instrument(),
                importers,
                exporters,
                spec.rate(),
                spec.replaces(),
                window,
                spec.instrument() + (spec.replaces() ? " set to " : " ")
                        + spec.rate().describe() + " by " + b.names(importers) + " on " + b.names(exporters) + " "
                        + window);
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
