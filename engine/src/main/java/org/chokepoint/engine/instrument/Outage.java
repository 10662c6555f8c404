package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * A limit on what a seller can produce, as a share of its baseline output, with its scarcity rent
 * (engine.md section 3): an outage or a halt ({@code outage}, lost_share 1 for a winter pipeline
 * halt; {@code share} is then the share lost) or the short-run headroom of plants already running ({@code capacity}, e.g. 1.1).
 */
public record Outage(String kind, List<Integer> sellers, Parameter share, boolean lost, Window window, String describe)
        implements Instrument {

    static Outage outage(Shock.Outage spec, Binding b) {
        List<Integer> sellers = b.regions(spec.seller(), "seller");
        Window window = b.window(spec.period());
        return new Outage(
                spec.instrument(),
                sellers,
                spec.lostShare(),
                true,
                window,
                "outage at " + b.names(sellers) + ", " + spec.lostShare().describe() + " of output lost " + window);
    }

    static Outage capacity(Shock.Capacity spec, Binding b) {
        List<Integer> sellers = b.regions(spec.sellers(), "sellers");
        Window window = b.window(spec.period());
        return new Outage(
                spec.instrument(),
                sellers,
                spec.shareOfBaseline(),
                false,
                window,
                "capacity of " + b.names(sellers) + " at "
                        + spec.shareOfBaseline().describe() + " x each one's baseline output " + window);
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double value = draw.value(share);
        for (int seller : sellers) {
            policy.capacity(seller, policy.baselineSupply(seller) * (lost ? 1 - value : value));
        }
    }
}
