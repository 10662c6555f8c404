package org.chokepoint.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;

/**
 * Peak live heap of a Monte Carlo run, to check that memory does not grow with the draws: a sampler
 * asks for a full collection every 100 ms while the run goes on and reads what the heap pools held
 * right after it, as the collector measured it, so the peak is of what is live (reference data and
 * baseline included), not of garbage waiting for a collection or of what the workers allocated
 * since.
 * Run one JVM per count from the checkout and compare:
 * {@code for n in 1000 10000; do java -cp bench/target/benchmarks.jar
 * org.chokepoint.bench.MonteCarloMemory china-magnet-export-ban $n; done}.
 */
public final class MonteCarloMemory {

    private MonteCarloMemory() {}

    public static void main(String[] args) throws InterruptedException {
        String name = args.length > 0 ? args[0] : "china-magnet-export-ban";
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ReferenceData reference = ReferenceData.load();
        Scenario scenario = new ScenarioLoader(reference, Path.of("data", "baselines"))
                .load(Path.of("scenarios", name + ".yaml"))
                .withDraws(draws, 1);
        long started = System.nanoTime();
        HeapPeak peak = HeapPeak.start(100);
        new ScenarioRunner(reference).run(scenario);
        long bytes = peak.stop();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s, %d draws: peak live heap %.1f MB, %.1f s (with a collection every 100 ms)%n",
                name,
                draws,
                bytes / 1e6,
                seconds);
    }
}
