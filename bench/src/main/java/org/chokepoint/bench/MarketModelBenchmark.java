package org.chokepoint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.chokepoint.engine.market.ArmingtonModel;
import org.chokepoint.engine.market.GsimModel;
import org.chokepoint.engine.market.Market;
import org.chokepoint.engine.market.Solution;
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
 * Solving seeded random markets as issue 4 specifies them: lognormal flows, tariffs 0-30%, and one
 * importer that removes all its tariffs. Run: {@code java -jar bench/target/benchmarks.jar MarketModelBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarketModelBenchmark {

    @Param({"200", "1000"})
    public int regions;

    private Market market;
    private double[][] liberalised;

    @Setup
    public void buildMarket() {
        Random random = new Random(42);
        int n = regions;
        List<String> names = new ArrayList<>();
        double[][] flows = new double[n][n];
        double[][] wedges = new double[n][n];
        double[] sigma = new double[n];
        double[] epsilon = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            names.add("R" + i);
            sigma[i] = 2 + 6 * random.nextDouble();
            epsilon[i] = 0.2 + random.nextDouble();
            eta[i] = 0.5 + 2 * random.nextDouble();
            for (int j = 0; j < n; j++) {
                flows[i][j] = Math.exp(1.5 * random.nextGaussian());
                wedges[i][j] = i == j ? 1 : 1 + 0.3 * random.nextDouble();
            }
        }
        market = new Market(names, flows, wedges, sigma, epsilon, eta);
        liberalised = new double[n][];
        for (int i = 0; i < n; i++) {
            liberalised[i] = wedges[i].clone();
            liberalised[i][0] = 1; // importer R0 removes all its tariffs
        }
    }

    @Benchmark
    public Solution gsim() {
        return new GsimModel().solve(market, liberalised);
    }

    /** Calibrates and solves; the issue's target is for 200 x 200. */
    @Benchmark
    public Solution armington() {
        return new ArmingtonModel().solve(market, liberalised);
    }
}
