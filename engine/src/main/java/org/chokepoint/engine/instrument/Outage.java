package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * A limit on what a seller can produce, as a share of its baseline output, with its scarcity rent
 * (engine.md section 3): an outage or a halt ({@code outage}, lost_share 1 for a winter pipeline
 * halt; {@code share} is then the share lost) or the short-run headroom of plants already running ({@code capacity}, e.g. 1.1).
 */
public record Outage(String kind, List<Integer> sellers, Parameter share, boolean lost, Window window, String describe)
        implements Instrument {

    static InstrumentReader outage() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "seller", "lost_share", "from", "until", "note"));
            List<Integer> sellers = fields.regions(shock.get("seller"));
            Parameter lost = fields.share(shock.get("lost_share"), "a lost share of capacity");
            Window window = fields.window(shock);
            return new Outage(
                    "outage",
                    sellers,
                    lost,
                    true,
                    window,
                    "outage at " + Names.of(fields, sellers) + ", " + lost.describe() + " of output lost " + window);
        };
    }

    static InstrumentReader capacity() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "sellers", "share_of_baseline", "from", "until", "note"));
            List<Integer> sellers = fields.regions(shock.get("sellers"));
            Parameter share = fields.parameter(
                    shock.get("share_of_baseline"), 0, 100, "a capacity as a share of baseline output");
            Window window = fields.window(shock);
            return new Outage(
                    "capacity",
                    sellers,
                    share,
                    false,
                    window,
                    "capacity of " + Names.of(fields, sellers) + " at " + share.describe()
                            + " x each one's baseline output " + window);
        };
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double value = draw.value(share);
        for (int seller : sellers) {
            policy.capacity(seller, policy.baselineSupply(seller) * (lost ? 1 - value : value));
        }
    }
}
