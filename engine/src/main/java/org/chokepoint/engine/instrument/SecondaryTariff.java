package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
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

    static SecondaryTariff bind(Shock.SecondaryTariff spec, Binding b) {
        List<Integer> targets = b.regions(spec.target(), "target");
        List<Integer> buyers = b.regions(spec.buyers(), "buyers");
        Window window = b.window(spec.period());
        Flows.requireTrade(b, targets, buyers, "buyers", "secondary tariff");
        return new SecondaryTariff(
                targets,
                buyers,
                spec.rate(),
                spec.enforcement(),
                window,
                "secondary tariff " + spec.rate().describe() + " on buyers " + b.names(buyers) + " of "
                        + b.names(targets) + " (enforcement "
                        + spec.enforcement().describe() + ") " + window);
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
