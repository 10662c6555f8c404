package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The law of issue 12 that a region's own producers serve it first under home bias, on seeded
 * random armington markets whose regions buy most of what they use from their own producers (the
 * diagonal) and whose buyers share the elasticities, substitution above demand. Home bias is the
 * calibrated home share: a buyer that takes more of its goods from a seller cuts its purchases from
 * it less when that seller's price rises ({@code d ln x_sd = -(sigma - (sigma - epsilon) m_sd) d ln p_s}),
 * and turns to it more when its other sources fail.
 */
class HomeFirstLawTest {

    private static final MarketModel MODEL = new ArmingtonModel();

    static Stream<Long> seeds() {
        return LongStream.range(0, 60).boxed();
    }

    /** A random market in which every region buys at least half of what it uses from its own producers. */
    private static Market homeBiased(Random random) {
        int n = 3 + random.nextInt(4);
        List<String> regions = new ArrayList<>();
        double[][] flows = new double[n][n];
        double[][] wedges = new double[n][n];
        double sigma = 2 + 8 * random.nextDouble();
        double epsilon = 0.1 + Math.min(1.5, sigma - 1) * random.nextDouble();
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            regions.add("R" + i);
            eta[i] = 0.2 + 3 * random.nextDouble();
            for (int j = 0; j < n; j++) {
                flows[i][j] = i == j || random.nextInt(5) > 0 ? Math.exp(random.nextGaussian()) : 0;
                wedges[i][j] = 1 + (i == j ? 0 : 0.3 * random.nextDouble());
            }
        }
        for (int d = 0; d < n; d++) {
            double imports = 0;
            for (int s = 0; s < n; s++) {
                imports += s == d ? 0 : wedges[s][d] * flows[s][d];
            }
            flows[d][d] = imports * (1 + 3 * random.nextDouble());
        }
        double[] sigmas = new double[n];
        double[] epsilons = new double[n];
        java.util.Arrays.fill(sigmas, sigma);
        java.util.Arrays.fill(epsilons, epsilon);
        return new Market(regions, flows, wedges, sigmas, epsilons, eta);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRegionThatLosesImportsBuysMoreFromItsOwnProducersWhoKeepMoreOfTheirSalesAtHome(long seed) {
        Random random = new Random(seed);
        Market market = homeBiased(random);
        int home = random.nextInt(market.size());
        MarketPolicy policy = MarketPolicy.baseline(market);
        for (int s = 0; s < market.size(); s++) {
            if (s != home && market.flows()[s][home] > 0 && random.nextBoolean()) {
                policy = policy.ban(s, home);
            }
        }
        Solution after = MODEL.solve(market, policy);

        double[] before = market.flows()[home];
        double[] now = after.flows()[home];
        assertThat(now[home]).as("sales at home").isGreaterThanOrEqualTo(before[home] * (1 - 1e-9));
        assertThat(now[home] / sum(now))
                .as("share of their sales kept at home")
                .isGreaterThanOrEqualTo(before[home] / sum(before) - 1e-9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void producersWhoseOutputIsCutServeHomeFirst(long seed) {
        Random random = new Random(seed);
        Market market = homeBiased(random);
        int home = random.nextInt(market.size());
        double cut = 0.3 + 0.6 * random.nextDouble();
        Solution after = MODEL.solve(market, MarketPolicy.baseline(market).capacity(home, market.sales(home) * cut));

        double[] before = market.flows()[home];
        double[] now = after.flows()[home];
        assertThat(sum(now)).as("the cut binds").isLessThan(sum(before) * (1 - 1e-6));
        double kept = now[home] / before[home];
        for (int d = 0; d < market.size(); d++) {
            if (d != home && before[d] > 0) {
                // strictly more where the buyer depends on these producers clearly less than home does:
                // not a rationing in proportion to orders
                double margin = share(market, home, d) < share(market, home, home) - 0.1 ? 1e-6 : -1e-9;
                assertThat(kept)
                        .as("home keeps more of its purchases from them than buyer %d does", d)
                        .isGreaterThan(now[d] / before[d] + margin);
            }
        }
    }

    /** The value share of seller s in buyer d's baseline purchases. */
    private static double share(Market market, int s, int d) {
        double spending = 0;
        for (int k = 0; k < market.size(); k++) {
            spending += market.wedges()[k][d] * market.flows()[k][d];
        }
        return market.wedges()[s][d] * market.flows()[s][d] / spending;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
