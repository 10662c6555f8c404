package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In a market without other distortions a tariff costs the world: the buyers' and sellers'
 * surplus changes plus the tariff revenue add up to a loss (armington, on the contract test's seeded
 * markets with their tariffs removed). The spatial model's accounts lack the surplus its rising
 * route costs leave with the routes, so the law is not checked there (docs/model.md, "Not yet").
 */
class WelfareLawTest {

    static Stream<Market> undistorted() {
        return MarketModelContractTest.markets().map(market -> {
            int n = market.size();
            double[][] wedges = new double[n][n];
            for (double[] row : wedges) {
                java.util.Arrays.fill(row, 1);
            }
            return new Market(
                    market.regions(), market.flows(), wedges, market.substitution(), market.demand(), market.supply());
        });
    }

    @ParameterizedTest
    @MethodSource("undistorted")
    void aTariffLowersWorldWelfareInArmington(Market market) {
        assertThat(worldWelfareChange(new ArmingtonModel(), market)).isLessThanOrEqualTo(1e-9 * scale(market));
    }

    private static double scale(Market market) {
        double total = 0;
        for (double[] row : market.flows()) {
            for (double x : row) {
                total += x;
            }
        }
        return 1 + total;
    }

    private static double worldWelfareChange(MarketModel model, Market market) {
        int n = market.size();
        int s0 = 0;
        int d0 = MarketModelContractTest.biggestExport(market, s0);
        MarketPolicy quiet = MarketPolicy.baseline(market);
        MarketPolicy taxed = MarketPolicy.baseline(market).raiseWedge(s0, d0, 1.3);
        Solution before = model.solve(market, quiet);
        Solution after = model.solve(market, taxed);
        double change = 0;
        for (int r = 0; r < n; r++) {
            change += model.consumerSurplusChange(
                    market, taxed, r, before.compositePrices()[r], after.compositePrices()[r]);
            double sold0 = 0;
            double sold = 0;
            for (int d = 0; d < n; d++) {
                sold0 += before.flows()[r][d];
                sold += after.flows()[r][d];
            }
            change += model.producerSurplus(market, r, sold, after.prices()[r])
                    - model.producerSurplus(market, r, sold0, before.prices()[r]);
        }
        change += 0.3 * after.prices()[s0] * after.flows()[s0][d0];
        return change;
    }
}
