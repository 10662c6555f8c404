package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * A secondary tariff on buyers of a target's goods: a third country taxes the listed buyers, and in
 * this market the cost lands on their purchases from the target (t_sd for d buying from the
 * target, engine.md section 3), scaled by how likely it is enforced. The third country collects it
 * on the buyers' other goods, outside this market, so here it is a premium nobody collects.
 */
public record SecondaryTariff(
        List<Integer> targets,
        List<Integer> buyers,
        Parameter rate,
        Parameter enforcement,
        Window window,
        String describe)
        implements Instrument {

    public SecondaryTariff {
        targets = List.copyOf(targets);
        buyers = List.copyOf(buyers);
    }

    static InstrumentReader reader() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "target", "buyers", "rate", "enforcement", "from", "until", "note"));
            List<Integer> targets = fields.regions(shock.get("target"));
            List<Integer> buyers = fields.regions(shock.get("buyers"));
            Parameter rate = fields.parameter(shock.get("rate"), 0, 100, "a tariff rate");
            Parameter enforcement = shock.find("enforcement")
                    .map(node -> fields.share(node, "an enforcement level"))
                    .orElse(new Parameter.Fixed(1));
            Window window = fields.window(shock);
            return new SecondaryTariff(
                    targets,
                    buyers,
                    rate,
                    enforcement,
                    window,
                    "secondary tariff " + rate.describe() + " on buyers " + Names.of(fields, buyers) + " of "
                            + Names.of(fields, targets) + " (enforcement " + enforcement.describe() + ") "
                            + window);
        };
    }

    @Override
    public String kind() {
        return "secondary-tariff";
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double factor = 1 + draw.value(rate) * draw.value(enforcement);
        for (int d : buyers) {
            for (int target : targets) {
                if (d != target) {
                    policy.addPremium(target, d, factor);
                }
            }
        }
    }
}
