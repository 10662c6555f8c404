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

    /** The market's wedges with the last importer's tariffs removed. */
    static double[][] liberalised(Market market) {
        double[][] wedges = Market.copy(market.wedges());
        for (int s = 0; s < market.size(); s++) {
            wedges[s][market.size() - 1] = 1;
        }
        return wedges;
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 5).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void armingtonSolvedIterativelyMeetsTheSameConditions(int seed) {
        int n = ArmingtonModel.ITERATIVE_FROM + 20;
        Market market = MarketModelContractTest.randomMarket(new Random(seed), n);
        double[][] wedges = liberalised(market);

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
        int n = GsimModel.ITERATIVE_FROM + 20;
        Market market = MarketModelContractTest.randomMarket(new Random(seed), n);
        double[][] wedges = liberalised(market);
        Solution iterative = new GsimModel().solve(market, wedges);
        Solution dense = new GsimModel(Integer.MAX_VALUE).solve(market, wedges);

        for (int i = 0; i < n; i++) {
            assertThat(iterative.prices()[i]).isCloseTo(dense.prices()[i], within(1e-10));
        }
    }
}
