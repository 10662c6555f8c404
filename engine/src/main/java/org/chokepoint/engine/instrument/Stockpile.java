package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameters;
import org.chokepoint.reference.yaml.YamlNode;

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

    static InstrumentReader reader() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "region", "initial", "fill", "release", "note"));
            int region = fields.region(shock.get("region"));
            double initial = shock.find("initial").map(Parameters::number).orElse(0.0);
            Optional<Phase> fill = shock.find("fill").map(node -> phase(node, fields));
            Optional<Phase> release = shock.find("release").map(node -> phase(node, fields));
            if (fill.isEmpty() && release.isEmpty()) {
                throw shock.error(
                        "a stockpile needs a fill, a release or both",
                        "Add fill: {quantity, from, until} or release: {...}.");
            }
            double available = initial + fill.map(Phase::quantity).orElse(0.0);
            if (release.isPresent() && release.get().quantity() > available + 1e-9) {
                throw shock.get("release")
                        .error(
                                "releases " + release.get().quantity() + " but the stock never holds more than "
                                        + available,
                                "Release at most initial + fill.");
            }
            if (fill.isPresent()
                    && release.isPresent()
                    && release.get().from().isBefore(fill.get().from())) {
                throw shock.get("release")
                        .error(
                                "the release starts before the fill",
                                "Fill the stock first, or give it an initial stock.");
            }
            YearMonth from = fill.map(Phase::from).orElseGet(() -> release.get().from());
            YearMonth until =
                    release.map(Phase::until).orElseGet(() -> fill.get().until());
            String unit = fields.baseline().unit();
            return new Stockpile(
                    region,
                    initial,
                    fill,
                    release,
                    new Window(from, Optional.of(until)),
                    "stockpile in " + fields.baseline().regions().get(region)
                            + fill.map(f -> ", filled with " + f.quantity() + " " + unit + " " + f.from() + " to "
                                            + f.until())
                                    .orElse("")
                            + release.map(r -> ", released " + r.quantity() + " " + unit + " " + r.from() + " to "
                                            + r.until())
                                    .orElse(""));
        };
    }

    private static Phase phase(YamlNode node, ShockReader fields) {
        node.allowOnly(Set.of("quantity", "from", "until"));
        double quantity = Parameters.number(node.get("quantity"));
        if (!(quantity > 0)) {
            throw node.get("quantity").error("a stock movement must be positive");
        }
        YearMonth from = ShockReader.month(node.get("from"));
        YearMonth until = ShockReader.month(node.get("until"));
        if (until.isBefore(from)) {
            throw node.get("until").error("ends (" + until + ") before it starts (" + from + ")");
        }
        return new Phase(quantity, from, until);
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
