package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Demand that stops at a choke price: the bend leaves the baseline point and its elasticity alone,
 * its elasticity and area are those of the curve (checked against finite differences and numerical
 * integrals at seeded points, the exponents whose antiderivative is a logarithm included), and in
 * seeded markets a buyer cut off from all but one capacity-limited seller bids no more than the choke.
 */
class ChokedDemandTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 60).boxed();
    }

    private static double epsilon(SplittableRandom random) {
        double[] exact = {0, 1, 2, 3};
        return random.nextInt(4) == 0 ? exact[random.nextInt(4)] : 3 * random.nextDouble();
    }

    @Test
    void theBaselinePointAndItsElasticityAreUnchanged() {
        for (double epsilon : new double[] {0, 0.2, 1, 2.5}) {
            assertThat(ChokedDemand.perUnit(epsilon, 1, 10)).isEqualTo(1);
            assertThat(ChokedDemand.elasticity(epsilon, 1, 10)).isEqualTo(epsilon);
            double h = 1e-6;
            double slope = (ChokedDemand.factor(1 + h, 10) - ChokedDemand.factor(1, 10)) / h;
            assertThat(slope).isCloseTo(0, within(1e-6));
        }
        assertThat(ChokedDemand.perUnit(0.3, 10, 10)).isZero();
        assertThat(ChokedDemand.perUnit(0.3, 50, 10)).isZero();
        assertThat(ChokedDemand.perUnit(0.3, 4, Double.POSITIVE_INFINITY)).isEqualTo(Math.pow(4, -0.3));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theElasticityIsTheCurvesOwn(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double epsilon = epsilon(random);
        double choke = 1.5 + 20 * random.nextDouble();
        double price = 0.5 + (choke - 0.6) * random.nextDouble();
        double h = 1e-6 * price;
        double numerical = -(Math.log(ChokedDemand.perUnit(epsilon, price + h, choke))
                        - Math.log(ChokedDemand.perUnit(epsilon, price - h, choke)))
                / (Math.log(price + h) - Math.log(price - h));
        assertThat(ChokedDemand.elasticity(epsilon, price, choke))
                .isCloseTo(numerical, within(1e-5 * (1 + Math.abs(numerical))));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theAreaIsTheIntegralOfTheCurve(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double epsilon = epsilon(random);
        double choke = random.nextBoolean() ? Double.POSITIVE_INFINITY : 1.5 + 20 * random.nextDouble();
        double price = 0.3 + 25 * random.nextDouble();
        // Simpson's rule from 1 to the price, split at the choke where the curve has a kink
        double top = Math.min(price, choke);
        double numerical = simpson(epsilon, choke, 1, top);
        assertThat(ChokedDemand.area(epsilon, price, choke))
                .isCloseTo(numerical, within(1e-7 * (1 + Math.abs(numerical))));
    }

    private static double simpson(double epsilon, double choke, double from, double to) {
        int steps = 20_000;
        double h = (to - from) / steps;
        double sum = ChokedDemand.perUnit(epsilon, from, choke) + ChokedDemand.perUnit(epsilon, to, choke);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 0 ? 2 : 4) * ChokedDemand.perUnit(epsilon, from + i * h, choke);
        }
        return sum * h / 3;
    }

    @ParameterizedTest
    @MethodSource("org.chokepoint.engine.market.MarketModelContractTest#markets")
    void aBuyerLeftWithOneLimitedSellerBidsNoMoreThanTheChoke(Market market) {
        int n = market.size();
        int buyer = n - 1;
        int seller = -1;
        for (int s = 0; s < n; s++) {
            if (s != buyer && market.flows()[s][buyer] > 0) {
                seller = s;
            }
        }
        if (seller < 0) {
            return; // the buyer buys only from itself: nothing to ban
        }
        MarketPolicy policy = MarketPolicy.baseline(market).choke(10);
        for (int s = 0; s < n; s++) {
            if (s != seller && market.flows()[s][buyer] > 0) {
                policy.ban(s, buyer);
            }
        }
        policy.capacity(seller, market.sales(seller));
        Solution solution = new ArmingtonModel().solve(market, policy);

        assertThat(solution.prices()[seller]).as("the seller's price").isLessThanOrEqualTo(10 + 1e-9);
        double consumed = new ArmingtonModel().consumption(market, policy, buyer, solution.compositePrices()[buyer]);
        assertThat(consumed).isGreaterThanOrEqualTo(0);
        if (solution.compositePrices()[buyer] >= 10) {
            assertThat(consumed).as("a buyer at its choke goes without").isZero();
        }
    }
}
