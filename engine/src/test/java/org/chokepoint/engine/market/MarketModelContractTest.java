package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws every market model must keep (engine.md section 8), checked on seeded random markets.
 * Each model's test extends this class and adds what is particular to it.
 */
abstract class MarketModelContractTest {

    abstract MarketModel model();

    /** A random market: lognormal flows, some zero, tariffs 0-30%, elasticities in plausible ranges. */
    static Market randomMarket(Random random, int n) {
        List<String> regions = new ArrayList<>();
        double[][] flows = new double[n][n];
        double[][] wedges = new double[n][n];
        double[] sigma = new double[n];
        double[] epsilon = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            regions.add("R" + i);
            sigma[i] = 1.5 + 6 * random.nextDouble();
            epsilon[i] = 0.1 + 1.5 * random.nextDouble();
            eta[i] = 0.2 + 3 * random.nextDouble();
            for (int j = 0; j < n; j++) {
                flows[i][j] = random.nextInt(5) == 0 ? 0 : Math.exp(2 * random.nextGaussian());
                wedges[i][j] = 1 + (i == j ? 0 : 0.3 * random.nextDouble());
            }
        }
        return new Market(regions, flows, wedges, sigma, epsilon, eta);
    }

    /** One exporter selling 100 units to one importer that produces nothing, with the given elasticities. */
    static Market oneExporterOneImporter(double epsilon, double eta) {
        return new Market(
                List.of("EXP", "IMP"),
                new double[][] {{0, 100}, {0, 0}},
                new double[][] {{1, 1}, {1, 1}},
                new double[] {4, 4},
                new double[] {epsilon, epsilon},
                new double[] {eta, eta});
    }

    /** The destination that source s sells most to, itself excluded. */
    static int biggestExport(Market market, int s) {
        int best = -1;
        for (int d = 0; d < market.size(); d++) {
            if (d != s && (best < 0 || market.flows()[s][d] > market.flows()[s][best])) {
                best = d;
            }
        }
        return best;
    }

    /** Two exporters selling 60 and 40 units to one importer that produces nothing. */
    static Market twoExportersOneImporter() {
        return new Market(
                List.of("A", "B", "IMP"),
                new double[][] {{0, 0, 60}, {0, 0, 40}, {0, 0, 0}},
                new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}},
                new double[] {4, 4, 4},
                new double[] {1, 1, 1},
                new double[] {1, 1, 1});
    }

    static Stream<Market> markets() {
        Random random = new Random(20261124L);
        return IntStream.range(0, 100).mapToObj(i -> randomMarket(random, 2 + random.nextInt(12)));
    }

    @ParameterizedTest
    @MethodSource("markets")
    void withoutAShockTheBaselineComesBackExactly(Market market) {
        Solution baseline = model().solve(market, market.wedges());

        for (int s = 0; s < market.size(); s++) {
            assertThat(baseline.prices()[s]).isCloseTo(1.0, within(1e-9));
            for (int d = 0; d < market.size(); d++) {
                assertThat(baseline.flows()[s][d])
                        .isCloseTo(market.flows()[s][d], within(1e-9 * (1 + market.flows()[s][d])));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aHigherTariffNeverRaisesImportsFromThatSource(Market market) {
        int s = 0;
        int d = market.size() - 1;
        double[][] wedges = Market.copy(market.wedges());
        wedges[s][d] *= 1.5;

        Solution before = model().solve(market, market.wedges());
        Solution after = model().solve(market, wedges);

        assertThat(after.flows()[s][d]).isLessThanOrEqualTo(before.flows()[s][d] * (1 + 1e-9));
    }

    @ParameterizedTest
    @MethodSource("markets")
    void resultsDoNotDependOnTheOrderOfRegions(Market market) {
        int n = market.size();
        int[] order = IntStream.range(0, n).map(i -> n - 1 - i).toArray();
        double[][] wedges = Market.copy(market.wedges());
        wedges[0][n - 1] *= 1.3;

        Solution forward = model().solve(market, wedges);
        Solution reversed = model().solve(permute(market, order), permute(wedges, order));

        for (int i = 0; i < n; i++) {
            assertThat(reversed.prices()[i]).isCloseTo(forward.prices()[order[i]], within(1e-9));
        }
    }

    private static Market permute(Market market, int[] order) {
        int n = market.size();
        double[] sigma = new double[n];
        double[] epsilon = new double[n];
        double[] eta = new double[n];
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            regions.add(market.regions().get(order[i]));
            sigma[i] = market.substitution()[order[i]];
            epsilon[i] = market.demand()[order[i]];
            eta[i] = market.supply()[order[i]];
        }
        return new Market(
                regions, permute(market.flows(), order), permute(market.wedges(), order), sigma, epsilon, eta);
    }

    private static double[][] permute(double[][] table, int[] order) {
        double[][] result = new double[order.length][order.length];
        for (int i = 0; i < order.length; i++) {
            for (int j = 0; j < order.length; j++) {
                result[i][j] = table[order[i]][order[j]];
            }
        }
        return result;
    }
}
