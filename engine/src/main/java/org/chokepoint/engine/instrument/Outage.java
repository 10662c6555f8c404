package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.Set;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * A limit on what a seller can produce, as a share of its baseline output, with its scarcity rent
 * (engine.md section 3): an outage or a halt ({@code outage}, lost_share 1 for a winter pipeline
 * halt; {@code share} is then the share lost) or the short-run headroom of plants already running ({@code capacity}, e.g. 1.1).
 */
public record Outage(String kind, int seller, Parameter share, boolean lost, Window window, String describe)
        implements Instrument {

    static InstrumentReader outage() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "seller", "lost_share", "from", "until", "note"));
            int seller = fields.region(shock.get("seller"));
            Parameter lost = fields.share(shock.get("lost_share"), "a lost share of capacity");
            Window window = fields.window(shock);
            return new Outage(
                    "outage",
                    seller,
                    lost,
                    true,
                    window,
                    "outage at " + fields.baseline().regions().get(seller) + ", " + lost.describe() + " of output lost "
                            + window);
        };
    }

    static InstrumentReader capacity() {
        return (shock, fields) -> {
            shock.allowOnly(Set.of("instrument", "sellers", "share_of_baseline", "from", "until", "note"));
            var sellers = fields.regions(shock.get("sellers"));
            Parameter share = fields.parameter(
                    shock.get("share_of_baseline"), 0, 100, "a capacity as a share of baseline output");
            Window window = fields.window(shock);
            if (sellers.size() != 1) {
                throw shock.get("sellers")
                        .error("one seller per capacity shock", "Write one capacity shock for each seller.");
            }
            return new Outage(
                    "capacity",
                    sellers.get(0),
                    share,
                    false,
                    window,
                    "capacity of " + fields.baseline().regions().get(sellers.get(0)) + " at " + share.describe()
                            + " x baseline output " + window);
        };
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double value = draw.value(share);
        policy.capacity(seller, policy.baselineSupply(seller) * (lost ? 1 - value : value));
    }
}
