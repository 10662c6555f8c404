package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Unit;

/**
 * A price floor zone (FORGE-style): sellers outside the zone that sell into it below the floor pay
 * an adjustable tariff {@code max(0, floor / p_s - 1)}, solved as a fixed point (engine.md section 3).
 * The floor is in USD per unit; {@code baselinePrice} turns it into the model's units.
 */
public record PriceFloor(List<Integer> zone, Parameter floor, double baselinePrice, Window window, String describe)
        implements Instrument {

    public PriceFloor {
        zone = List.copyOf(zone);
    }

    static PriceFloor bind(Shock.PriceFloor spec, Binding b) {
        List<Integer> zone = b.regions(spec.zone(), "zone");
        Unit perUnit = b.moneyPerUnit();
        Parameter floor = b.in(spec.floor(), perUnit, "floor");
        Window window = b.window(spec.period());
        return new PriceFloor(
                zone,
                floor,
                b.baseline().price(),
                window,
                "price floor of " + floor.describe() + " " + perUnit.symbol() + " in " + b.names(zone)
                        + " on sellers outside it " + window);
    }

    @Override
    public String kind() {
        return "price-floor";
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double relative = draw.value(floor) / baselinePrice;
        for (int d : zone) {
            for (int s = 0; s < policy.size(); s++) {
                if (!zone.contains(s)) {
                    policy.floor(s, d, relative);
                }
            }
        }
    }
}
