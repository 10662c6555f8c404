package org.chokepoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

    /** What the heap pools held right after the last collection, as the collector measured it. */
    private static long liveAfterCollection() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    public static void main(String[] args) throws InterruptedException {
        String name = args.length > 0 ? args[0] : "china-magnet-export-ban";
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ReferenceData reference = ReferenceData.load();
        Scenario scenario = new ScenarioLoader(reference, Path.of("data", "baselines"))
                .load(Path.of("scenarios", name + ".yaml"))
                .withDraws(draws, 1);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                memory.gc();
                peak.accumulateAndGet(liveAfterCollection(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        sampler.start();
        new ScenarioRunner(reference).run(scenario);
        running.set(false);
        sampler.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s, %d draws: peak live heap %.1f MB, %.1f s (with a collection every 100 ms)%n",
                name,
                draws,
                peak.get() / 1e6,
                seconds);
    }
}
