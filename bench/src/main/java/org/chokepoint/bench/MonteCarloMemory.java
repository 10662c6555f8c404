package org.chokepoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;

/**
 * Peak heap of a Monte Carlo run, to check that memory does not grow with the draws: run it in a
 * fresh JVM per count and compare, e.g. from the checkout
 * {@code for n in 1000 10000; do java -XX:+UseSerialGC -Xmn16m -cp bench/target/benchmarks.jar
 * org.chokepoint.bench.MonteCarloMemory china-magnet-export-ban $n; done}. The peak is the sum of
 * the heap pools' peak usage after a collection that precedes the run (so the loaded reference
 * data counts, and garbage a collection would free may count too: compare counts, not absolutes).
 */
public final class MonteCarloMemory {

    private MonteCarloMemory() {}

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "china-magnet-export-ban";
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ReferenceData reference = ReferenceData.load();
        Scenario scenario = new ScenarioLoader(reference, Path.of("data", "baselines"))
                .load(Path.of("scenarios", name + ".yaml"))
                .withDraws(draws, 1);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long started = System.nanoTime();
        new ScenarioRunner(reference).run(scenario);
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d draws: peak heap %.1f MB, %.1f s%n", name, draws, peak / 1e6, seconds);
    }
}
