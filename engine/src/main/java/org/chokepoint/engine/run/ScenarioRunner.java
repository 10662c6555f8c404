package org.chokepoint.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.chokepoint.engine.market.MarketModels;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.reference.ReferenceData;

/**
 * Runs a scenario: a {@link Simulation} through its months at central values (the baseline figures
 * as stated), and with Monte Carlo draws the same on a pool of threads, each draw drawing the
 * parameters and the baseline figures that have spreads, reporting medians and 5-95% bands of the
 * market rows and what was drawn; then derives the industries from the markets ({@link Industries}).
 */
public final class ScenarioRunner {

    /** Draws a thread runs before a batch is summarised. */
    private static final int BATCH_PER_THREAD = 16;

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
        Simulation.Ledgers central = runOnce(scenario, Draw.central(), true);
        List<MarketRow> markets = markets(central);
        if (scenario.draws() > 0) {
            markets = draws(scenario, new Bands(markets));
        }
        List<FlowRow> flows = new ArrayList<>();
        central.stages().forEach(stage -> flows.addAll(stage.flows));
        return new ScenarioResult(
                scenario,
                flows,
                markets,
                Industries.of(scenario, reference, markets),
                welfare(central),
                scenario.draws() > 0 ? DrawnRow.of(scenario) : List.of(),
                central.convergence());
    }

    /** The market rows of every stage of a run, the good's first. */
    private static List<MarketRow> markets(Simulation.Ledgers ledgers) {
        List<MarketRow> rows = new ArrayList<>();
        ledgers.stages().forEach(stage -> rows.addAll(stage.markets));
        return rows;
    }

    /** Welfare by region over every stage of the chain. */
    private static List<WelfareRow> welfare(Simulation.Ledgers ledgers) {
        Map<String, WelfareRow> byRegion = new LinkedHashMap<>();
        List<WelfareRow> rows = new ArrayList<>();
        ledgers.stages().forEach(stage -> rows.addAll(stage.welfare()));
        for (WelfareRow row : rows) {
            byRegion.merge(row.region(), row, WelfareRow::plus);
        }
        return new ArrayList<>(byRegion.values());
    }

    /**
     * The draws' bands: draws run in batches on the pool and are summarised in draw order, so that
     * memory holds one batch, not every draw, and the same seed gives the same bands.
     */
    private List<MarketRow> draws(Scenario scenario, Bands bands) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        int batch = BATCH_PER_THREAD * threads;
        try {
            for (int start = 0; start < scenario.draws(); start += batch) {
                int first = start;
                int last = Math.min(scenario.draws(), first + batch);
                pool.submit(() -> IntStream.range(first, last)
                                .parallel()
                                .mapToObj(i -> markets(runOnce(scenario, Draw.number(scenario.seed(), i), false)))
                                .toList())
                        .get()
                        .forEach(bands::add);
            }
            return bands.rows();
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

    private Simulation.Ledgers runOnce(Scenario scenario, Draw draw, boolean full) {
        return new Simulation(scenario, MarketModels.find(scenario.model()).orElseThrow(), draw, full).run();
    }
}
