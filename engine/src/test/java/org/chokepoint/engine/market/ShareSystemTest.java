package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The matrix-free solves agree with the dense LU of the assembled Jacobians, in both models. */
class ShareSystemTest {

    static Stream<Integer> seeds() {
        return IntStream.range(0, 5).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void armingtonSolvedIterativelyMeetsTheSameConditions(int seed) {
        Random random = new Random(seed);
        int n = ArmingtonModel.ITERATIVE_FROM + 20;
        Market market = MarketModelContractTest.randomMarket(random, n);
        double[][] wedges = Market.copy(market.wedges());
        for (int s = 0; s < n; s++) {
            wedges[s][n - 1] = 1;
        }

        Solution solution = new ArmingtonModel().solve(market, wedges);

        for (int i = 0; i < n; i++) {
            double supplied = 0;
            double baseline = 0;
            for (int j = 0; j < n; j++) {
                supplied += solution.flows()[i][j];
                baseline += market.flows()[i][j];
            }
            assertThat(supplied)
                    .isCloseTo(
                            baseline * Math.pow(solution.prices()[i], market.supply()[i]),
                            within(1e-8 * (1 + baseline)));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gsimSolvedIterativelyIsTheDenseSolution(int seed) {
        Random random = new Random(seed);
        int n = GsimModel.ITERATIVE_FROM + 20;
        Market market = MarketModelContractTest.randomMarket(random, n);
        double[][] wedges = Market.copy(market.wedges());
        for (int s = 0; s < n; s++) {
            wedges[s][n - 1] = 1; // one importer removes all its tariffs
        }
        Solution iterative = new GsimModel().solve(market, wedges);
        Solution dense = new GsimModel(Integer.MAX_VALUE).solve(market, wedges);

        for (int i = 0; i < n; i++) {
            assertThat(iterative.prices()[i]).isCloseTo(dense.prices()[i], within(1e-10));
        }
    }
}
