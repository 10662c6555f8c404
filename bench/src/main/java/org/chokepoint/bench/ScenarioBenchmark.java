package org.chokepoint.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A shipped scenario on its baseline, as issue 4 times it: one run of 24 monthly steps at central
 * values, the same with reading and binding the scenario first (issue 11), and 1,000 Monte Carlo
 * draws of it on 1 and 2 threads, to see them scale with cores. Run
 * from the checkout: {@code java -jar bench/target/benchmarks.jar ScenarioBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScenarioBenchmark {

    @Param({"china-magnet-export-ban"})
    public String scenario;

    @Param({"1", "2"})
    public int threads;

    private ReferenceData reference;
    private ScenarioRunner runner;
    private Scenario single;
    private Scenario draws;

    @Setup
    public void load() {
        reference = ReferenceData.load();
        Scenario loaded = new ScenarioLoader(reference, Path.of("data", "baselines"))
                .load(Path.of("scenarios", scenario + ".yaml"));
        runner = new ScenarioRunner(reference, threads);
        single = loaded.withDraws(0, 1);
        draws = loaded.withDraws(1000, 1);
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public ScenarioResult oneRun() {
        return runner.run(single);
    }

    /** Reading, binding (baseline included) and one 24-month run at central values, as `run --draws 0` does. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public ScenarioResult bindAndRun() {
        Scenario loaded = new ScenarioLoader(reference, Path.of("data", "baselines"))
                .load(Path.of("scenarios", scenario + ".yaml"));
        return runner.run(loaded.withDraws(0, 1));
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public ScenarioResult thousandDraws() {
        return runner.run(draws);
    }
}
