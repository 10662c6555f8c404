package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bands in bounded memory: exact up to the sketch's capacity, within a small rank error beyond it. */
class QuantileSketchTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).boxed();
    }

    /** Linear interpolation between order statistics, the definition the bands use. */
    static double exact(double[] values, double q) {
        double[] sorted =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void upToItsCapacityTheQuantilesAreExact(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = random.doubles(1 + random.nextInt(QuantileSketch.CAPACITY), -50, 150)
                .map(v -> random.nextInt(20) == 0 ? Double.NaN : v)
                .toArray();
        QuantileSketch sketch = new QuantileSketch();
        Arrays.stream(values).forEach(sketch::add);

        for (double q : new double[] {0.05, 0.5, 0.95}) {
            assertThat(sketch.quantile(q)).isEqualTo(exact(values, q));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void beyondItsCapacityTheRankErrorIsSmall(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = QuantileSketch.CAPACITY + random.nextInt(40_000);
        double[] values = random.doubles(n).map(u -> 100 * Math.pow(u, 3)).toArray();
        QuantileSketch sketch = new QuantileSketch();
        Arrays.stream(values).forEach(sketch::add);
        double[] sorted = values.clone();
        Arrays.sort(sorted);

        for (double q : new double[] {0.05, 0.5, 0.95}) {
            double estimate = sketch.quantile(q);
            long rank = Arrays.stream(sorted).filter(v -> v <= estimate).count();
            assertThat(rank / (double) n)
                    .as("the rank of the %s quantile of %d values", q, n)
                    .isCloseTo(q, within(0.01));
        }
    }
}
