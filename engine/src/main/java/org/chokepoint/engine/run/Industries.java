package org.chokepoint.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.Upstream;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.ChainUse;
import org.chokepoint.model.commodity.StageId;
import org.chokepoint.reference.ReferenceData;

/**
 * The industries of a run, from its markets (engine.md section 4): the users of each stage solved
 * come from its chain (its own end uses and those of the later stages it feeds, but not of a stage
 * the scenario solves itself); each user in a region faces the share of its need that the region is
 * rationed (every user rationed alike, passed down the chain unchanged) and the price the region
 * pays, passed on by the cost shares of the links; {@link InputUser} turns them into lost output
 * and a cost change month by month.
 */
final class Industries {

    private Industries() {}

    static List<IndustryRow> of(Scenario scenario, ReferenceData reference, List<MarketRow> markets) {
        Map<String, List<ChainUse>> usersByGood = new LinkedHashMap<>();
        Baseline good = scenario.baseline();
        usersByGood.put(good.good(), users(reference, good, Set.of()));
        Baseline below = good;
        for (Upstream up : scenario.chain()) {
            usersByGood.put(up.baseline().good(), users(reference, up.baseline(), Set.of(new StageId(below.stage()))));
            below = up.baseline();
        }
        Map<String, List<MarketRow>> byMarket = new LinkedHashMap<>();
        for (MarketRow row : markets) {
            byMarket.computeIfAbsent(row.good() + " " + row.region(), k -> new ArrayList<>())
                    .add(row);
        }
        List<IndustryRow> rows = new ArrayList<>();
        for (List<MarketRow> months : byMarket.values()) {
            String goodName = months.get(0).good();
            String input = goodName.substring(goodName.indexOf('/') + 1);
            double[] shortage = new double[months.size()];
            double[] price = new double[months.size()];
            for (int t = 0; t < months.size(); t++) {
                shortage[t] = Math.min(1, Math.max(0, months.get(t).rationedPct() / 100));
                price[t] = months.get(t).paidPriceChangePct() / 100;
            }
            for (ChainUse user : usersByGood.getOrDefault(goodName, List.of())) {
                List<InputUser.Month> outcome =
                        InputUser.over(user.use().dependence(), user.passThrough(), shortage, price);
                for (int t = 0; t < months.size(); t++) {
                    InputUser.Month month = outcome.get(t);
                    rows.add(new IndustryRow(
                            user.use().industry().slug(),
                            months.get(t).region(),
                            months.get(t).period(),
                            input,
                            user.use().stage().slug(),
                            user.use().share().orElse(Double.NaN),
                            100 * month.shortage(),
                            100 * month.drawn(),
                            100 * month.substituted(),
                            100 * month.outputLoss(),
                            100 * month.costChange()));
                }
            }
        }
        return rows;
    }

    private static List<ChainUse> users(ReferenceData reference, Baseline stage, Set<StageId> modelled) {
        Chain chain = reference.commodities().find(stage.chain()).orElseThrow();
        return chain.usersOf(new StageId(stage.stage()), modelled);
    }
}
