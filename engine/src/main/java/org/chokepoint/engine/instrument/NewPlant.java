package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.reference.yaml.YamlNode;

/**
 * New capacity in a region: output that ramps up linearly over {@code ramp_months} to its full
 * rate and is sold at home, so the region buys that much less (engine.md section 3, capacity
 * build). An {@link Offtake} is a new plant whose output a guarantor takes at a minimum price.
 */
public record NewPlant(int region, Parameter capacity, int rampMonths, Window window, String describe)
        implements Instrument {

    static final Set<String> KEYS =
            Set.of("instrument", "region", "capacity_per_year", "ramp_months", "from", "until", "note");

    static InstrumentReader reader() {
        return (shock, fields) -> read(shock.allowOnly(KEYS), fields);
    }

    /** The plant a shock describes; the caller has checked its keys. */
    static NewPlant read(YamlNode shock, ShockReader fields) {
        int region = fields.region(shock.get("region"));
        Parameter capacity = fields.parameter(shock.get("capacity_per_year"), 0, 1e15, "a capacity");
        int ramp = shock.find("ramp_months").map(node -> node.integer()).orElse(1);
        if (ramp < 1) {
            throw shock.get("ramp_months").error("a ramp lasts at least one month");
        }
        Window window = fields.window(shock);
        return new NewPlant(
                region,
                capacity,
                ramp,
                window,
                "new plant in " + fields.baseline().regions().get(region) + ", " + capacity.describe() + " "
                        + fields.baseline().unit() + "/yr over a " + ramp + "-month ramp " + window);
    }

    @Override
    public String kind() {
        return "new-plant";
    }

    /** The plant's output in {@code month}, at an annual rate. */
    double output(YearMonth month, Draw draw) {
        return draw.value(capacity) * Math.min(1, window.monthsIn(month) / (double) rampMonths);
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        policy.addNetSupply(region, output(month, draw));
    }
}
