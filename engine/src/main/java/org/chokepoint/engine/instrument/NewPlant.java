package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;

/**
 * New capacity in a region: output that ramps up linearly over {@code rampMonths} to its full rate
 * (in the baseline's unit a year) and is sold at home, so the region buys that much less (engine.md
 * section 3, capacity build). An {@link Offtake} is a new plant whose output a guarantor takes at a
 * minimum price.
 */
public record NewPlant(int region, Parameter capacity, int rampMonths, Window window, String describe)
        implements Instrument {

    static NewPlant bind(Shock.NewPlant spec, Binding b) {
        int region = b.region(spec.region(), "region");
        Unit perYear = b.unit().per(Units.YEAR);
        Parameter capacity = b.in(spec.capacity(), perYear, "capacity");
        int ramp = (int) Math.round(spec.ramp().to(Units.MONTH).value());
        Window window = b.window(spec.period());
        return new NewPlant(
                region,
                capacity,
                ramp,
                window,
                "new plant in " + b.baseline().regions().get(region) + ", " + capacity.describe() + " "
                        + perYear.symbol() + " over a " + ramp + "-month ramp " + window);
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
