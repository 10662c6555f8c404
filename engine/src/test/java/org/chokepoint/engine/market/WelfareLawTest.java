package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In a market without other distortions a tariff costs the world: the buyers' and sellers' surplus
 * changes plus the tariff revenue, plus in the spatial model the route rents (what flows pay for
 * rising route costs beyond their cost), add up to a loss, on the contract test's seeded markets
 * with their tariffs removed. Leaving the route rents out breaks the law on 12 of the 100 markets.
 * Tolerance: Newton stops with every balance within 1e-12 of the region's baseline quantity, so the
 * accounts agree to about 1e-12 of the total flow at prices near 1; 1e-9 of it leaves room for
 * round-off over up to 169 routes, while the losses found are at least 2e-6 of it where the tariff
 * touches a flow. A one-route market checks the rent against its closed form.
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

    @ParameterizedTest
    @MethodSource("undistorted")
    void aTariffLowersWorldWelfareInSpatial(Market market) {
        assertThat(worldWelfareChange(new SpatialModel(), market)).isLessThanOrEqualTo(1e-9 * scale(market));
    }

    @Test
    void aSpatialRouteKeepsHalfTheSlopeTimesTheFlowSquared() {
        double sigma = 4;
        double epsilon = 0.5;
        double eta = 0.8;
        double tariff = 0.25;
        Market market = new Market(
                List.of("EXP", "IMP"),
                new double[][] {{0, 100}, {0, 0}},
                new double[][] {{1, 1}, {1, 1}},
                new double[] {sigma, sigma},
                new double[] {epsilon, epsilon},
                new double[] {eta, eta});
        SpatialModel spatial = new SpatialModel();

        Solution solution = spatial.solve(market, new double[][] {{1, 1 + tariff}, {1, 1}});

        // the route's marginal cost c(q) = a + b q with b = 1 / (sigma x0) and a = -1/sigma (baseline
        // wedge 1); the flow from the one-route incidence u (1/epsilon + 1/sigma + (1 + t)/eta) = -t
        double b = 1 / (sigma * 100);
        double q = 100 * (1 - tariff / (1 / epsilon + 1 / sigma + (1 + tariff) / eta));
        assertThat(solution.flows()[0][1]).isCloseTo(q, within(1e-10));
        assertThat(spatial.routeRent(market, MarketPolicy.baseline(market), 0, 1, q))
                .isCloseTo(b * q * q / 2, within(1e-12));
        // and it is what the route is paid at the solution, P - p (1 + t) = c(q) a unit, less the area under c
        double paid = (solution.compositePrices()[1] - solution.prices()[0] * (1 + tariff)) * q;
        double cost = -q / sigma + b * q * q / 2;
        assertThat(spatial.routeRent(market, MarketPolicy.baseline(market), 0, 1, solution.flows()[0][1]))
                .isCloseTo(paid - cost, within(1e-10));
    }

    /**
     * Opening a route where there was none never lowers world welfare (engine.md section 9): on the
     * seeded markets without tariffs, with the buyer's largest seller banned in both runs, a route
     * from a seller with no baseline trade to it, at a cost of 5% of the price and a capacity of a
     * fifth of the buyer's purchases, adds buyers', sellers' and carriers' surplus and its own rent.
     * The route must carry goods in at least a third of the markets, or the law says nothing.
     */
    @Test
    void openingARouteNeverLowersWorldWelfareInSpatial() {
        SpatialModel model = new SpatialModel();
        int opened = 0;
        int carried = 0;
        for (Market market : undistorted().toList()) {
            int n = market.size();
            int buyer = -1;
            int seller = -1;
            for (int d = 0; d < n && seller < 0; d++) {
                for (int s = 0; s < n; s++) {
                    if (s != d && market.flows()[s][d] == 0 && market.sales(s) > 0 && market.purchases(d) > 0) {
                        buyer = d;
                        seller = s;
                        break;
                    }
                }
            }
            if (seller < 0) {
                continue;
            }
            int largest = -1;
            for (int s = 0; s < n; s++) {
                if (s != buyer && (largest < 0 || market.flows()[s][buyer] > market.flows()[largest][buyer])) {
                    largest = s;
                }
            }
            MarketPolicy banned = MarketPolicy.baseline(market);
            MarketPolicy open = MarketPolicy.baseline(market);
            if (largest >= 0 && market.flows()[largest][buyer] > 0) {
                banned.ban(largest, buyer);
                open.ban(largest, buyer);
            }
            open.open(seller, buyer, 0.05, 0.2 * market.purchases(buyer), 0);
            Solution before = model.solve(market, banned);
            Solution after = model.solve(market, open);
            double change = surplusChange(model, market, banned, before, open, after);
            // the cap's shadow price is a share of the seller's price, or of the baseline price where that is zero
            double sellerPrice = after.prices()[seller] > 0 ? after.prices()[seller] : 1;
            double routeCapRent = after.capShadows()[0] * sellerPrice * after.flows()[seller][buyer];
            change += routeCapRent;
            opened++;
            if (after.flows()[seller][buyer] > 1e-9) {
                carried++;
            }
            assertThat(change).as(market.regions().toString()).isGreaterThanOrEqualTo(-1e-9 * scale(market));
        }
        assertThat(carried)
                .as("markets whose opened route carries goods, of " + opened)
                .isGreaterThan(opened / 3);
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
        int s0 = 0;
        int d0 = MarketModelContractTest.biggestExport(market, s0);
        MarketPolicy quiet = MarketPolicy.baseline(market);
        MarketPolicy taxed = MarketPolicy.baseline(market).raiseWedge(s0, d0, 1.3);
        Solution before = model.solve(market, quiet);
        Solution after = model.solve(market, taxed);
        return surplusChange(model, market, quiet, before, taxed, after)
                + 0.3 * after.prices()[s0] * after.flows()[s0][d0];
    }

    /** Buyers', sellers' and carriers' surplus changes summed over the world, from one solution to another. */
    private static double surplusChange(
            MarketModel model,
            Market market,
            MarketPolicy first,
            Solution before,
            MarketPolicy second,
            Solution after) {
        int n = market.size();
        double change = 0;
        for (int r = 0; r < n; r++) {
            change += model.consumerSurplusChange(
                    market, second, r, before.compositePrices()[r], after.compositePrices()[r]);
            double sold0 = 0;
            double sold = 0;
            for (int d = 0; d < n; d++) {
                sold0 += before.flows()[r][d];
                sold += after.flows()[r][d];
                change += model.routeRent(market, second, r, d, after.flows()[r][d])
                        - model.routeRent(market, first, r, d, before.flows()[r][d]);
            }
            change += model.producerSurplus(market, r, sold, after.prices()[r])
                    - model.producerSurplus(market, r, sold0, before.prices()[r]);
        }
        return change;
    }
}
