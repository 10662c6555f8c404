package org.chokepoint.engine.run;

import java.util.List;
import org.chokepoint.engine.scenario.Scenario;

/**
 * What a scenario run produced: tidy tables of flows, markets, industries and welfare (engine.md
 * section 7), each row tied to the scenario and its baseline, and with Monte Carlo draws what they
 * drew (the parameters given as distributions and the baseline figures with spreads), so that the
 * bands say what they span; with a chain of stages, how they agreed each month.
 */
public record ScenarioResult(
        Scenario scenario,
        List<FlowRow> flows,
        List<MarketRow> markets,
        List<IndustryRow> industries,
        List<WelfareRow> welfare,
        List<DrawnRow> drawn,
        List<ChainRow> convergence) {

    public ScenarioResult {
        flows = List.copyOf(flows);
        markets = List.copyOf(markets);
        industries = List.copyOf(industries);
        welfare = List.copyOf(welfare);
        drawn = List.copyOf(drawn);
        convergence = List.copyOf(convergence);
    }
}
