package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.List;
import org.chokepoint.engine.market.Cap;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * Short-run supply contracts: for as long as they hold, a seller's sales to each listed buyer can
 * grow by at most {@code max_growth} over the baseline, because its output is committed to its
 * existing customers and new ones must qualify and sign first. One cap per flow, with its shadow
 * price (engine.md sections 3 and 5: short run first, long run later).
 */
public record SupplyContracts(
        List<Integer> sellers, List<Integer> buyers, Parameter maxGrowth, Window window, String describe)
        implements Instrument {

    public SupplyContracts {
        sellers = List.copyOf(sellers);
        buyers = List.copyOf(buyers);
    }

    static SupplyContracts bind(Shock.SupplyContracts spec, Binding b) {
        List<Integer> sellers = b.regions(spec.seller(), "seller");
        List<Integer> buyers =
                spec.buyers().map(ids -> b.regions(ids, "buyers")).orElseGet(() -> b.allExcept(List.of()));
        Window window = b.window(spec.period());
        return new SupplyContracts(
                sellers,
                buyers,
                spec.maxGrowth(),
                window,
                "supply contracts of " + b.names(sellers) + ": sales to " + b.names(buyers) + " grow at most "
                        + spec.maxGrowth().describe() + " " + window);
    }

    @Override
    public String kind() {
        return "supply-contracts";
    }

    @Override
    public void apply(MarketPolicy policy, YearMonth month, Draw draw) {
        double growth = draw.value(maxGrowth);
        for (int seller : sellers) {
            for (int d : buyers) {
                double baseline = policy.baselineFlow(seller, d);
                if (baseline > 0 && d != seller) {
                    policy.cap(new Cap(
                            "contracts " + seller + " -> " + d,
                            List.<int[]>of(new int[] {seller, d}),
                            baseline * (1 + growth),
                            false));
                }
            }
        }
    }
}
