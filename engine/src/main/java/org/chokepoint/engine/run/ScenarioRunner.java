package org.chokepoint.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.market.ArmingtonModel;
import org.chokepoint.engine.market.GsimModel;
import org.chokepoint.engine.market.MarketModel;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.ChainId;
import org.chokepoint.model.commodity.EndUse;
import org.chokepoint.model.commodity.StageId;
import org.chokepoint.reference.ReferenceData;

/**
 * Runs a scenario: a {@link Simulation} through its months at central values, and with Monte Carlo
 * draws the same on a pool of threads, reporting medians and 5-95% bands of the market rows; then
 * derives the industries from the markets.
 */
public final class ScenarioRunner {

    private static final Map<String, MarketModel> MODELS =
            Map.of("armington", new ArmingtonModel(), "gsim", new GsimModel());

    private final ReferenceData reference;
    private final int threads;

    /** A runner that spreads Monte Carlo draws over all cores. */
    public ScenarioRunner(ReferenceData reference) {
        this(reference, Runtime.getRuntime().availableProcessors());
    }

    /** A runner that spreads Monte Carlo draws over {@code threads} threads. */
    public ScenarioRunner(ReferenceData reference, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("A runner needs at least one thread, not " + threads);
        }
        this.reference = reference;
        this.threads = threads;
    }

    public ScenarioResult run(Scenario scenario) {
        Ledger central = runOnce(scenario, Draw.central());
        List<MarketRow> markets = central.markets;
        if (scenario.draws() > 0) {
            List<List<MarketRow>> draws = draws(scenario);
            markets = Bands.of(central.markets, draws);
        }
        return new ScenarioResult(scenario, central.flows, markets, industries(scenario, markets), central.welfare());
    }

    private List<List<MarketRow>> draws(Scenario scenario) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, scenario.draws())
                            .parallel()
                            .mapToObj(i -> runOnce(scenario, Draw.number(scenario.seed(), i)).markets)
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running the draws of " + scenario.name(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Ledger runOnce(Scenario scenario, Draw draw) {
        return new Simulation(scenario, MODELS.get(scenario.model()), draw).run();
    }

    private List<IndustryRow> industries(Scenario scenario, List<MarketRow> markets) {
        Baseline baseline = scenario.baseline();
        Chain chain = reference.commodities().chains().stream()
                .filter(c -> c.id().equals(new ChainId(baseline.chain())))
                .findFirst()
                .orElseThrow();
        List<EndUse> uses = chain.usesOf(new StageId(baseline.stage()));
        List<IndustryRow> rows = new ArrayList<>();
        for (MarketRow market : markets) {
            for (EndUse use : uses) {
                // Leontief step: an industry short of an essential input loses output in proportion,
                // every user rationed alike (engine.md sections 4 and 5)
                rows.add(new IndustryRow(
                        use.industry().slug(),
                        market.region(),
                        market.period(),
                        market.shortfallPct(),
                        baseline.stage()));
            }
        }
        return rows;
    }
}
