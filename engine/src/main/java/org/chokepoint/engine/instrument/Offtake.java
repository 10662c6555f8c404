package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * An offtake agreement with a minimum price (engine.md section 3): a {@link NewPlant} whose output
 * a guarantor takes, paying the plant the gap whenever the market price where it stands is below
 * the minimum. The payment shows as a cost in the guarantor's welfare and a gain to the plant's
 * producers.
 */
public record Offtake(NewPlant plant, int guarantor, Parameter minimumPrice, double baselinePrice, String describe)
        implements Instrument, Settlement {

    static InstrumentReader reader() {
        return (shock, fields) -> {
            Set<String> keys = new HashSet<>(NewPlant.KEYS);
            keys.addAll(Set.of("guarantor", "minimum_price_usd"));
            shock.allowOnly(keys);
            NewPlant plant = NewPlant.read(shock, fields);
            int guarantor = shock.find("guarantor").map(fields::region).orElse(plant.region());
            Parameter minimum = fields.parameter(shock.get("minimum_price_usd"), 0, 1e12, "a minimum price");
            return new Offtake(
                    plant,
                    guarantor,
                    minimum,
                    fields.baseline().price(),
                    "offtake of a " + plant.describe() + ", minimum price " + minimum.describe() + " USD/"
                            + fields.baseline().unit() + " guaranteed by "
                            + fields.baseline().regions().get(guarantor));
        };
    }

    @Override
    public String kind() {
        return "offtake";
    }

    @Override
    public Window window() {
        return plant.window();
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        plant.apply(policy, month, draw);
    }

    @Override
    public Transfers transfers(Solution solution, YearMonth month, Draw draw, int regions) {
        double[] received = new double[regions];
        double[] paid = new double[regions];
        double market = solution.compositePrices()[plant.region()] * baselinePrice;
        double gap = Double.isFinite(market) ? Math.max(0, draw.value(minimumPrice) - market) : 0;
        double payment = gap * plant.output(month, draw);
        received[plant.region()] += payment;
        paid[guarantor] += payment;
        return new Transfers(received, paid);
    }
}
