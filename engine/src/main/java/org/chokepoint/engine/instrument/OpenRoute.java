package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;

/**
 * A route that opens where the baseline has no trade (engine.md section 9, routes can open), up to
 * its capacity (the good's unit a year) at its cost (a share of the baseline price in the market):
 * in the spatial model it carries goods once the buyer's price exceeds the seller's landed price plus
 * the cost; in armington the seller's goods enter the buyer's CES with the entry share (0 when none
 * is given: the armington model then refuses the route).
 */
public record OpenRoute(
        int seller,
        int buyer,
        Parameter capacity,
        Parameter cost,
        Parameter entryShare,
        double price,
        Window window,
        String describe)
        implements Instrument {

    static OpenRoute bind(Shock.OpenRoute spec, Binding b) {
        int[] ends = b.route(spec.seller(), spec.buyer());
        int seller = ends[0];
        int buyer = ends[1];
        if (b.baseline().table()[seller][buyer] > 0) {
            throw b.error(
                    "buyer",
                    spec.seller() + " already sells to " + spec.buyer() + " in the baseline "
                            + b.baseline().id(),
                    "An open-route is for pairs with no baseline trade; change an existing route with a tariff,"
                            + " an outage or a capacity.");
        }
        Unit perYear = b.unit().per(Units.YEAR);
        Parameter capacity = b.in(spec.capacity(), perYear, "capacity");
        Unit perUnit = b.moneyPerUnit();
        Parameter cost = spec.cost().map(c -> b.in(c, perUnit, "cost")).orElse(new Parameter.Fixed(0));
        Window window = b.window(spec.period());
        Parameter entryShare = spec.entryShare().orElse(new Parameter.Fixed(0));
        return new OpenRoute(
                seller,
                buyer,
                capacity,
                cost,
                entryShare,
                b.baseline().price(),
                window,
                "open route " + b.baseline().regions().get(seller) + " -> "
                        + b.baseline().regions().get(buyer)
                        + ", up to " + capacity.describe() + " " + perYear.symbol() + ", cost " + cost.describe()
                        + " " + perUnit.symbol()
                        + spec.entryShare()
                                .map(share -> ", entering with " + share.describe() + " of the buyer's spending")
                                .orElse("")
                        + " " + window);
    }

    @Override
    public String kind() {
        return "open-route";
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        policy.open(seller, buyer, draw.value(cost) / price, draw.value(capacity), draw.value(entryShare));
    }
}
