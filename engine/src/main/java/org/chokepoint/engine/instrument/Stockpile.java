package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.Optional;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;

/**
 * A strategic stockpile: filled at an even rate over its fill months (extra demand in the region),
 * released at an even rate over its release months (extra supply), never releasing more than it
 * holds (engine.md section 3).
 *
 * @param fill quantity bought into the stock and its months, if it is filled in the horizon
 * @param release quantity released and its months, if it is released
 */
public record Stockpile(
        int region, double initial, Optional<Phase> fill, Optional<Phase> release, Window window, String describe)
        implements Instrument {

    /** A quantity moved at an even rate over a closed range of months. */
    public record Phase(double quantity, YearMonth from, YearMonth until) {
        private Window window() {
            return new Window(from, Optional.of(until));
        }

        boolean contains(YearMonth month) {
            return window().contains(month);
        }

        /** The annual rate that moves the quantity over the phase's months. */
        double annualRate() {
            return quantity / window().monthsIn(until) * 12;
        }
    }

    static Stockpile bind(Shock.Stockpile spec, Binding b) {
        int region = b.region(spec.region(), "region");
        double initial = spec.initial().map(stock -> b.amount(stock, "initial")).orElse(0.0);
        Optional<Phase> fill = spec.fill().map(phase -> phase(phase, b, "fill"));
        Optional<Phase> release = spec.release().map(phase -> phase(phase, b, "release"));
        double available = initial + fill.map(Phase::quantity).orElse(0.0);
        if (release.isPresent() && release.get().quantity() > available * (1 + 1e-9)) {
            throw b.error(
                    "release",
                    "releases " + release.get().quantity() + " " + b.unit().symbol()
                            + " but the stock never holds more than " + available,
                    "Release at most initial + fill.");
        }
        String unit = b.unit().symbol();
        return new Stockpile(
                region,
                initial,
                fill,
                release,
                b.window(spec.period()),
                "stockpile in " + b.baseline().regions().get(region)
                        + fill.map(f -> ", filled with " + f.quantity() + " " + unit + " " + f.from() + " to "
                                        + f.until())
                                .orElse("")
                        + release.map(r ->
                                        ", released " + r.quantity() + " " + unit + " " + r.from() + " to " + r.until())
                                .orElse(""));
    }

    private static Phase phase(Shock.Stockpile.Phase phase, Binding b, String field) {
        return new Phase(b.amount(phase.quantity(), field + ".quantity"), phase.from(), phase.until());
    }

    @Override
    public String kind() {
        return "stockpile";
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        fill.filter(f -> f.contains(month)).ifPresent(f -> policy.addNetSupply(region, -f.annualRate()));
        release.filter(r -> r.contains(month)).ifPresent(r -> policy.addNetSupply(region, r.annualRate()));
    }
}
