package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * Sanctions on a seller, enforced against its buyers at level e in [0, 1] (engine.md section 3): a
 * buyer who still takes the goods bears a risk premium r, which the seller offsets by the discount
 * delta it must give ({@code (1 - delta)(1 + r) = 1}, so {@code r = e delta / (1 - delta)} at
 * enforcement e); at e = 1 the route closes. Secondary sanctions on a seller's buyers are the same
 * instrument with the buyers listed.
 */
public record Sanction(
        List<Integer> sellers,
        List<Integer> buyers,
        Parameter enforcement,
        Parameter discount,
        Window window,
        String describe)
        implements Instrument {

    public Sanction {
        sellers = List.copyOf(sellers);
        buyers = List.copyOf(buyers);
    }

    static Sanction bind(Shock.Sanction spec, Binding b) {
        List<Integer> sellers = b.regions(spec.seller(), "seller");
        List<Integer> buyers =
                spec.buyers().map(ids -> b.regions(ids, "buyers")).orElseGet(() -> b.allExcept(sellers));
        Window window = b.window(spec.period());
        Flows.requireTrade(b, sellers, buyers, "buyers", "sanction");
        return new Sanction(
                sellers,
                buyers,
                spec.enforcement(),
                spec.discount(),
                window,
                "sanction on " + b.names(sellers) + " enforced at "
                        + spec.enforcement().describe() + " against " + b.names(buyers) + " (discount "
                        + spec.discount().describe() + ") " + window);
    }

    @Override
    public String kind() {
        return "sanction";
    }

    /** The buyer's risk premium r at the drawn enforcement and discount. */
    public double premium(Draw draw) {
        double delta = draw.value(discount);
        return draw.value(enforcement) * delta / (1 - delta);
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        boolean closed = draw.value(enforcement) >= 1;
        double factor = 1 + premium(draw);
        for (int seller : sellers) {
            for (int d : buyers) {
                if (d == seller) {
                    continue;
                }
                if (closed) {
                    policy.ban(seller, d);
                } else {
                    policy.addPremium(seller, d, factor);
                }
            }
        }
    }
}
