package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Unit;

/**
 * An offtake agreement with a minimum price (engine.md section 3): a {@link NewPlant} whose output
 * a guarantor takes, paying the plant the gap whenever the market price where it stands is below
 * the minimum (USD per baseline unit). The payment shows as a cost in the guarantor's welfare and a
 * gain to the plant's producers.
 */
public record Offtake(
        NewPlant plant, int guarantor, Parameter minimumPrice, double baselinePrice, int regions, String describe)
        implements Instrument {

    static Offtake bind(Shock.Offtake spec, Binding b) {
        NewPlant plant = NewPlant.bind(spec.plant(), b);
        int guarantor = spec.guarantor().map(id -> b.region(id, "guarantor")).orElse(plant.seller());
        Unit perUnit = b.moneyPerUnit();
        Parameter minimum = b.in(spec.minimumPrice(), perUnit, "minimum_price");
        return new Offtake(
                plant,
                guarantor,
                minimum,
                b.baseline().price(),
                b.baseline().regions().size(),
                "offtake of a " + plant.describe() + ", minimum price " + minimum.describe() + " " + perUnit.symbol()
                        + " guaranteed by " + b.baseline().regions().get(guarantor));
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
    public Optional<Transfers> settle(Solution solution, YearMonth month, Draw draw) {
        double[] received = new double[regions];
        double[] paid = new double[regions];
        double market = solution.compositePrices()[plant.buyer()] * baselinePrice;
        double gap = Double.isFinite(market) ? Math.max(0, draw.value(minimumPrice) - market) : 0;
        double payment = gap * plant.output(month, draw);
        received[plant.seller()] += payment;
        paid[guarantor] += payment;
        return Optional.of(new Transfers(received, paid, List.of(plant.delivery(month, draw))));
    }
}
