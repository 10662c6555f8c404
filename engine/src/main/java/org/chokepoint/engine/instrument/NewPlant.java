package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.spec.Measure;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;

/**
 * New supply (engine.md section 3, capacity build; section 9, routes can open): output that ramps
 * up linearly over {@code rampMonths} to its full rate (in the baseline's unit a year) and is
 * delivered to the buyer's market, so the buyer buys that much less from the market. A new plant
 * sells at home ({@code seller == buyer}, at the market price); a new route (a pipeline, an LNG
 * contract, a plant abroad) delivers from the seller to a buyer with which it needs no baseline
 * trade, at a contract price {@code price + priceShare x} the buyer's market price. The seller's
 * producers gain the price less {@code cost} a unit (its revenue when no cost is given), and who
 * owns the route gets its revenue. An {@link Offtake} is a new plant whose output a guarantor
 * takes at a minimum price.
 */
public record NewPlant(
        String kind,
        int seller,
        int buyer,
        Parameter capacity,
        int rampMonths,
        Parameter priceShare,
        Parameter price,
        Parameter cost,
        int regions,
        Window window,
        String describe)
        implements Instrument {

    private static final Parameter NONE = new Parameter.Fixed(0);
    private static final Parameter MARKET = new Parameter.Fixed(1);

    static NewPlant bind(Shock.NewPlant spec, Binding b) {
        int region = b.region(spec.region(), "region");
        Unit perYear = b.unit().per(Units.YEAR);
        Parameter capacity = b.in(spec.capacity(), perYear, "capacity");
        int ramp = months(spec.ramp());
        Window window = b.window(spec.period());
        Optional<Parameter> cost = spec.cost().map(c -> perUnit(b, c, "cost"));
        return new NewPlant(
                "new-plant",
                region,
                region,
                capacity,
                ramp,
                MARKET,
                NONE,
                cost.orElse(NONE),
                b.baseline().regions().size(),
                window,
                "new plant in " + b.baseline().regions().get(region) + ", " + capacity.describe() + " "
                        + perYear.symbol() + " over a " + ramp + "-month ramp " + window + costing(cost, b));
    }

    static NewPlant route(Shock.NewRoute spec, Binding b) {
        int[] ends = b.route(spec.seller(), spec.buyer());
        int seller = ends[0];
        int buyer = ends[1];
        Unit perYear = b.unit().per(Units.YEAR);
        Parameter capacity = b.in(spec.capacity(), perYear, "capacity");
        int ramp = months(spec.ramp());
        Window window = b.window(spec.period());
        Optional<Parameter> price = spec.price().map(p -> perUnit(b, p, "price"));
        Parameter share = spec.priceShare().orElse(price.isPresent() ? NONE : MARKET);
        Optional<Parameter> cost = spec.cost().map(c -> perUnit(b, c, "cost"));
        String unitPrice = b.moneyPerUnit().symbol();
        String paid = price.map(p -> p.describe() + " " + unitPrice).orElse("");
        if (!(share instanceof Parameter.Fixed fixed && fixed.value() == 0)) {
            paid += (paid.isEmpty() ? "" : " + ") + share.describe() + " x the buyer's market price";
        }
        return new NewPlant(
                "new-route",
                seller,
                buyer,
                capacity,
                ramp,
                share,
                price.orElse(NONE),
                cost.orElse(NONE),
                b.baseline().regions().size(),
                window,
                "new route " + b.baseline().regions().get(seller) + " -> "
                        + b.baseline().regions().get(buyer) + ", "
                        + capacity.describe() + " " + perYear.symbol() + " over a " + ramp + "-month ramp " + window
                        + ", paid " + paid + costing(cost, b));
    }

    private static int months(Quantity ramp) {
        return (int) Math.round(ramp.to(Units.MONTH).value());
    }

    /** A price or cost in USD per baseline unit. */
    private static Parameter perUnit(Binding b, Measure measure, String field) {
        return b.in(measure, b.moneyPerUnit(), field);
    }

    private static String costing(Optional<Parameter> cost, Binding b) {
        return cost.map(c -> ", cost " + c.describe() + " USD/" + b.unit().symbol())
                .orElse(", no cost given (its revenue counts as its producers' gain)");
    }

    @Override
    public String kind() {
        return kind;
    }

    /** What it delivers in {@code month}, at an annual rate. */
    double output(YearMonth month, Draw draw) {
        return draw.value(capacity) * Math.min(1, window.monthsIn(month) / (double) rampMonths);
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        policy.addNetSupply(buyer, output(month, draw));
    }

    /** What it delivered, and at what price, for the ledger to credit. */
    Delivery delivery(YearMonth month, Draw draw) {
        return new Delivery(
                seller, buyer, output(month, draw), draw.value(priceShare), draw.value(price), draw.value(cost));
    }

    @Override
    public Optional<Transfers> settle(Solution solution, YearMonth month, Draw draw) {
        return Optional.of(Transfers.of(regions, List.of(delivery(month, draw))));
    }
}
