package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * An offtake agreement with a minimum price (engine.md section 3): a new plant in a region ramps up
 * and sells its output at home (as {@code new-plant}), and a guarantor pays the plant the gap
 * whenever the market price there is below the minimum. The payment shows as a cost in the
 * guarantor's welfare and a gain to the plant's producers.
 */
public record Offtake(
        int region,
        int guarantor,
        Parameter capacity,
        int rampMonths,
        Parameter minimumPrice,
        double baselinePrice,
        Window window,
        String describe)
        implements Instrument, Settlement {

    static InstrumentReader reader() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of(
                    "instrument",
                    "region",
                    "guarantor",
                    "capacity_per_year",
                    "ramp_months",
                    "minimum_price_usd",
                    "from",
                    "until",
                    "note"));
            int region = fields.region(shock.get("region"));
            int guarantor = shock.find("guarantor").map(fields::region).orElse(region);
            Parameter capacity = fields.parameter(shock.get("capacity_per_year"), 0, 1e15, "a capacity");
            int ramp = shock.find("ramp_months").map(node -> node.integer()).orElse(1);
            if (ramp < 1) {
                throw shock.get("ramp_months").error("a ramp lasts at least one month");
            }
            Parameter minimum = fields.parameter(shock.get("minimum_price_usd"), 0, 1e12, "a minimum price");
            Window window = fields.window(shock);
            String unit = fields.baseline().unit();
            return new Offtake(
                    region,
                    guarantor,
                    capacity,
                    ramp,
                    minimum,
                    fields.baseline().price(),
                    window,
                    "offtake of a new plant in " + fields.baseline().regions().get(region) + ", " + capacity.describe()
                            + " "
                            + unit + "/yr over a " + ramp + "-month ramp, minimum price " + minimum.describe() + " USD/"
                            + unit
                            + " guaranteed by " + fields.baseline().regions().get(guarantor) + " " + window);
        };
    }

    @Override
    public String kind() {
        return "offtake";
    }

    private double output(YearMonth month, Draw draw) {
        return draw.value(capacity) * Math.min(1, window.monthsIn(month) / (double) rampMonths);
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        policy.addNetSupply(region, output(month, draw));
    }

    @Override
    public Transfers transfers(Solution solution, YearMonth month, Draw draw, int regions) {
        double[] received = new double[regions];
        double[] paid = new double[regions];
        double market = solution.compositePrices()[region] * baselinePrice;
        double gap = Double.isFinite(market) ? Math.max(0, draw.value(minimumPrice) - market) : 0;
        double payment = gap * output(month, draw);
        received[region] += payment;
        paid[guarantor] += payment;
        return new Transfers(received, paid);
    }
}
