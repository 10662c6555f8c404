package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

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

    static InstrumentReader reader() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "zone", "floor_usd", "from", "until", "note"));
            List<Integer> zone = fields.regions(shock.get("zone"));
            Parameter floor = fields.parameter(shock.get("floor_usd"), 1e-9, 1e12, "a price floor");
            Window window = fields.window(shock);
            return new PriceFloor(
                    zone,
                    floor,
                    fields.baseline().price(),
                    window,
                    "price floor of " + floor.describe() + " USD/"
                            + fields.baseline().unit() + " in " + Names.of(fields, zone) + " on sellers outside it "
                            + window);
        };
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
