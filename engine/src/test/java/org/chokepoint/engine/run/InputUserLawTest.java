package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.chokepoint.model.commodity.Figure;
import org.chokepoint.model.commodity.InputDependence;
import org.chokepoint.model.commodity.Provenance;
import org.chokepoint.model.commodity.Substitution;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of an industry's months with one input (engine.md section 4), on seeded random
 * dependences and months of shortages and price changes.
 */
class InputUserLawTest {

    private static final Provenance TEST = new Provenance.Assumption("a random figure of the law test");
    private static final int MONTHS = 36;

    /** Cases where stocks ran out and output was lost, so that the laws below are not empty. */
    private static int exhausted;

    private static int losing;

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    private static InputDependence dependence(SplittableRandom random, double cover) {
        return new InputDependence(
                new Figure<>(Quantity.of(cover, Units.MONTH), TEST),
                new Figure<>(random.nextDouble(), TEST),
                new Figure<>(
                        new Substitution(
                                random.nextBoolean() ? 0 : random.nextDouble(),
                                Quantity.of(random.nextInt(0, 25), Units.MONTH)),
                        TEST),
                new Figure<>(random.nextDouble(0.05, 1), TEST));
    }

    /** Months of shortages with spells of none, and price changes from -50% to +300%. */
    private static double[][] months(SplittableRandom random) {
        double[] shortage = new double[MONTHS];
        double[] price = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            shortage[t] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
            price[t] = random.nextDouble(-0.5, 3);
        }
        return new double[][] {shortage, price};
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void outputLossNeverExceedsTheShortageTimesTheRole(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InputDependence dependence = dependence(random, random.nextDouble(0, 6));
        double[][] months = months(random);

        List<InputUser.Month> outcome = InputUser.over(dependence, random.nextDouble(), months[0], months[1]);

        for (InputUser.Month month : outcome) {
            assertThat(month.outputLoss())
                    .isBetween(0.0, month.shortage() * dependence.role().value() + 1e-15);
            if (month.outputLoss() > 0) {
                losing++;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void moreCoverNeverRaisesAMonthsLoss(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double cover = random.nextDouble(0, 4);
        InputDependence less = dependence(random, cover);
        InputDependence more = new InputDependence(
                new Figure<>(Quantity.of(cover + random.nextDouble(0, 4), Units.MONTH), TEST),
                less.costShare(),
                less.substitution(),
                less.role());
        double[][] months = months(random);

        List<InputUser.Month> withLess = InputUser.over(less, 1, months[0], months[1]);
        List<InputUser.Month> withMore = InputUser.over(more, 1, months[0], months[1]);

        for (int t = 0; t < MONTHS; t++) {
            assertThat(withMore.get(t).outputLoss())
                    .isLessThanOrEqualTo(withLess.get(t).outputLoss() + 1e-15);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withoutAShortageThereIsNoLossAndAPriceRiseIsTheCostShareTimesIt(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InputDependence dependence = dependence(random, random.nextDouble(0, 6));
        double passThrough = random.nextDouble();
        double[][] months = months(random);

        List<InputUser.Month> outcome = InputUser.over(dependence, passThrough, new double[MONTHS], months[1]);

        for (int t = 0; t < MONTHS; t++) {
            InputUser.Month month = outcome.get(t);
            assertThat(month.outputLoss()).isZero();
            assertThat(month.drawn()).isZero();
            assertThat(month.costChange())
                    .isCloseTo(dependence.costShare().value() * passThrough * months[1][t], within(1e-15));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void onceStocksRunOutTheLossIsTheLeontiefStepOnTheResidualShortage(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double cover = random.nextDouble(0, 3);
        InputDependence dependence = dependence(random, cover);
        double shortage = random.nextDouble(0.05, 1);
        double[] shortages = new double[MONTHS];
        java.util.Arrays.fill(shortages, shortage);

        List<InputUser.Month> outcome = InputUser.over(dependence, 1, shortages, new double[MONTHS]);

        double drawn = 0;
        for (int t = 0; t < MONTHS; t++) {
            InputUser.Month month = outcome.get(t);
            drawn += month.drawn();
            assertThat(drawn).isLessThanOrEqualTo(cover + 1e-12);
            if (drawn >= cover - 1e-12 && month.drawn() == 0) {
                double limit = dependence.substitution().value().limitAt(t + 1);
                double leontief = shortage > limit ? dependence.role().value() * (shortage - limit) / (1 - limit) : 0;
                assertThat(month.outputLoss()).isCloseTo(leontief, within(1e-12));
                exhausted++;
            }
        }
    }

    @AfterAll
    static void theCasesExerciseTheLaws() {
        assertThat(exhausted).as("months after stocks ran out").isGreaterThan(1000);
        assertThat(losing).as("months with lost output").isGreaterThan(1000);
    }
}
