package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spatial model: the shared laws, equilibrium conditions after shocks, the closed-form tariff
 * incidence, and bans, route capacities, caps on sets of routes, source capacities and halts.
 */
class SpatialModelTest extends MarketModelContractTest {

    private final SpatialModel spatial = new SpatialModel();

    @Override
    MarketModel model() {
        return spatial;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private static double bought(double[][] flows, int d) {
        double total = 0;
        for (double[] row : flows) {
            total += row[d];
        }
        return total;
    }

    /**
     * Every equilibrium condition of docs/model.md ("spatial") at a solution: supply and demand on
     * their linear curves (or at a capacity), and each route's flow complementary to its price gap.
     */
    static void assertEquilibrium(Market market, MarketPolicy policy, Solution solution) {
        int n = market.size();
        double[][] x0 = market.flows();
        double[][] x = solution.flows();
        for (int r = 0; r < n; r++) {
            double s0 = sum(x0[r]);
            boolean sells = false; // a seller with every route banned has no equation
            for (int d = 0; d < n; d++) {
                assertThat(x[r][d]).isGreaterThanOrEqualTo(0);
                sells |= x0[r][d] > 0 && !policy.banned(r, d);
            }
            if (s0 > 0 && sells) {
                double curve = s0 * (1 + market.supply()[r] * (solution.prices()[r] - 1));
                double supply = Math.min(policy.capacity(r), Math.max(0, curve));
                if (solution.prices()[r] > 1e-12) {
                    assertThat(sum(x[r])).isCloseTo(supply, within(1e-9 * s0));
                } else {
                    assertThat(sum(x[r])).as("shut in at a zero price").isLessThanOrEqualTo(supply + 1e-9 * s0);
                }
            }
            double d0 = bought(x0, r);
            if (d0 > 0 && solution.compositePrices()[r] <= 1 + 1 / market.demand()[r]) {
                double demand = d0 * (1 - market.demand()[r] * (solution.compositePrices()[r] - 1));
                if (solution.compositePrices()[r] > 1e-12) {
                    assertThat(bought(x, r) + policy.netSupply(r)).isCloseTo(demand, within(1e-9 * d0));
                } else {
                    assertThat(bought(x, r) + policy.netSupply(r)).isGreaterThanOrEqualTo(demand - 1e-9 * d0);
                }
            }
        }
        for (int s = 0; s < n; s++) {
            for (int d = 0; d < n; d++) {
                if (x0[s][d] <= 0 || policy.banned(s, d) || capped(policy, s, d)) {
                    continue;
                }
                // the delivered cost p_s tau + c(x) against the destination's price
                double cost = solution.prices()[s] * solution.wedges()[s][d]
                        + 1
                        - market.wedges()[s][d]
                        + (x[s][d] / x0[s][d] - 1) / market.substitution()[d];
                if (x[s][d] > 0) {
                    assertThat(cost).isCloseTo(solution.compositePrices()[d], within(1e-9));
                } else {
                    assertThat(cost).isGreaterThanOrEqualTo(solution.compositePrices()[d] - 1e-9);
                }
            }
        }
    }

    private static boolean capped(MarketPolicy policy, int s, int d) {
        return policy.caps().stream().anyMatch(c -> c.pairs().stream().anyMatch(p -> p[0] == s && p[1] == d));
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aLargeTariffLeavesEveryConditionOfEquilibriumHolding(Market market) {
        MarketPolicy policy = MarketPolicy.baseline(market).raiseWedge(0, market.size() - 1, 3);

        assertEquilibrium(market, policy, spatial.solve(market, policy));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.1, 0.25, 1})
    void tariffIncidenceInTheOneExporterOneImporterCase(double tariff) {
        double epsilon = 2;
        double eta = 1;
        double sigma = 4; // the routes' response, oneExporterOneImporter's substitution
        Market market = oneExporterOneImporter(epsilon, eta);

        Solution solution = spatial.solve(market, new double[][] {{1, 1 + tariff}, {1, 1}});

        // linear curves: supply u = eta (p - 1), demand u = -epsilon (P - 1), route u = sigma (P - p (1 + t)),
        // u the flow's relative change, so u (1/epsilon + 1/sigma + (1 + t)/eta) = -t
        double u = -tariff / (1 / epsilon + 1 / sigma + (1 + tariff) / eta);
        assertThat(solution.prices()[0]).isCloseTo(1 + u / eta, within(1e-12));
        assertThat(solution.compositePrices()[1]).isCloseTo(1 - u / epsilon, within(1e-12));
        assertThat(solution.flows()[0][1]).isCloseTo(100 * (1 + u), within(1e-10));
    }

    /**
     * A route opened where there was no trade: with the buyer's only seller banned, the other seller's
     * new route carries {@code K sigma (P - p - cost)} (its capacity K sets the slope), a route whose
     * cost the price gap does not cover carries nothing, and a small capacity binds with a rent.
     */
    @Test
    void anOpenedRouteCarriesWhatThePriceGapPaysForUpToItsCapacity() {
        // NEW sells only at home in the baseline; OLD -> IMP is banned and NEW -> IMP opens
        Market market = new Market(
                List.of("OLD", "NEW", "IMP"),
                new double[][] {{50, 0, 100}, {0, 200, 0}, {0, 0, 0}},
                new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}},
                new double[] {4, 4, 4},
                new double[] {0.5, 0.5, 0.5},
                new double[] {1, 1, 1});
        SpatialModel model = new SpatialModel();
        double cost = 0.1;

        Solution wide =
                model.solve(market, MarketPolicy.baseline(market).ban(0, 2).open(1, 2, cost, 1000, 0));
        double flow = wide.flows()[1][2];
        assertThat(flow).isPositive();
        assertThat(flow).isCloseTo(1000 * 4 * (wide.compositePrices()[2] - wide.prices()[1] - cost), within(1e-8));
        assertThat(wide.capShadows()[0]).isZero();

        Solution dear =
                model.solve(market, MarketPolicy.baseline(market).ban(0, 2).open(1, 2, 20, 1000, 0));
        assertThat(dear.flows()[1][2])
                .as("a cost above the buyer's choke price")
                .isZero();

        Solution narrow =
                model.solve(market, MarketPolicy.baseline(market).ban(0, 2).open(1, 2, cost, 10, 0));
        assertThat(narrow.flows()[1][2]).isCloseTo(10, within(1e-8));
        assertThat(narrow.capShadows()[0]).as("the full route's rent").isPositive();
    }

    @Test
    void withRoutesThatBarelyCongestTheIncidenceIsTheTextbookOne() {
        double epsilon = 2;
        double eta = 1;
        double tariff = 0.01;
        Market flat = new Market(
                List.of("EXP", "IMP"),
                new double[][] {{0, 100}, {0, 0}},
                new double[][] {{1, 1}, {1, 1}},
                new double[] {1e6, 1e6},
                new double[] {epsilon, epsilon},
                new double[] {eta, eta});

        Solution solution = spatial.solve(flat, new double[][] {{1, 1 + tariff}, {1, 1}});

        // homogeneous goods, linear curves, ad valorem t on the exporter's price: it bears
        // t eps / (eta + eps (1 + t)), to first order the textbook t eps / (eps + eta)
        assertThat(1 - solution.prices()[0]).isCloseTo(tariff * epsilon / (eta + epsilon * (1 + tariff)), within(1e-7));
        assertThat(1 - solution.prices()[0]).isCloseTo(tariff * epsilon / (epsilon + eta), within(1e-4));
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aBanDrivesItsFlowToZeroAndTheRestStaysInEquilibrium(Market market) {
        int s = 0;
        int d = biggestExport(market, s);
        MarketPolicy policy = MarketPolicy.baseline(market).ban(s, d);

        Solution after = spatial.solve(market, policy);

        assertThat(after.flows()[s][d]).isZero();
        assertEquilibrium(market, policy, after);
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aRouteCapacityBindsWithAPositiveRentEqualToThePriceGap(Market market) {
        int s = 0;
        int d = biggestExport(market, s);
        double baseline = market.flows()[s][d];
        if (baseline <= 0) {
            return;
        }
        Cap route = new Cap("pipeline", List.<int[]>of(new int[] {s, d}), baseline / 2, true);
        MarketPolicy policy = MarketPolicy.baseline(market).cap(route);

        Solution after = spatial.solve(market, policy);

        assertThat(after.flows()[s][d]).isCloseTo(baseline / 2, within(1e-9 * baseline));
        assertThat(after.capShadows()[0]).isPositive();
        double rent = after.capShadows()[0] * after.prices()[s];
        double cost =
                after.prices()[s] * market.wedges()[s][d] + 1 - market.wedges()[s][d] - 0.5 / market.substitution()[d];
        if (after.prices()[s] > 0) { // a seller shut in at a zero price reports its rent itself
            assertThat(cost + rent).as("p_s tau + c(x) + mu = P_d").isCloseTo(after.compositePrices()[d], within(1e-9));
        }
        assertEquilibrium(market, policy, after);
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aCapOnASetOfRoutesHoldsTheirSumAtItsLimit(Market market) {
        int s = 0;
        List<int[]> exports = new java.util.ArrayList<>();
        double baseline = 0;
        for (int d = 1; d < market.size(); d++) {
            if (market.flows()[s][d] > 0) {
                exports.add(new int[] {s, d});
                baseline += market.flows()[s][d];
            }
        }
        if (baseline <= 0) {
            return;
        }
        MarketPolicy policy = MarketPolicy.baseline(market).cap(new Cap("licences", exports, 0.4 * baseline, true));

        Solution after = spatial.solve(market, policy);

        double carried = 0;
        for (int[] pair : exports) {
            carried += after.flows()[pair[0]][pair[1]];
        }
        assertThat(carried).isCloseTo(0.4 * baseline, within(1e-9 * baseline));
        assertThat(after.capShadows()[0]).isPositive();
        assertThat(after.flows()[s][s])
                .as("what cannot be exported is sold at home")
                .isGreaterThanOrEqualTo(market.flows()[s][s]);
        assertEquilibrium(market, policy, after);
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aLooseCapChangesNothing(Market market) {
        int s = 0;
        int d = biggestExport(market, s);
        if (market.flows()[s][d] <= 0) {
            return;
        }
        Cap loose = new Cap("loose", List.<int[]>of(new int[] {s, d}), 2 * market.flows()[s][d], true);

        Solution after = spatial.solve(market, MarketPolicy.baseline(market).cap(loose));

        assertThat(after.capShadows()[0]).isZero();
        assertThat(after.flows()[s][d]).isCloseTo(market.flows()[s][d], within(1e-9 * market.flows()[s][d]));
    }

    @ParameterizedTest
    @MethodSource("markets")
    void anOutageHoldsSupplyAtTheRemainingCapacityAndRaisesThePrice(Market market) {
        double s0 = sum(market.flows()[0]);
        if (s0 <= 0) {
            return;
        }
        MarketPolicy policy = MarketPolicy.baseline(market).capacity(0, 0.6 * s0);

        Solution after = spatial.solve(market, policy);

        assertThat(sum(after.flows()[0])).isCloseTo(0.6 * s0, within(1e-9 * s0));
        assertThat(after.prices()[0]).isGreaterThan(1);
        assertEquilibrium(market, policy, after);
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aStockReleaseLowersWhatTheRegionBuysAndItsPrice(Market market) {
        int d = market.size() - 1;
        double bought = bought(market.flows(), d);
        if (bought <= 0) {
            return;
        }
        MarketPolicy policy = MarketPolicy.baseline(market).addNetSupply(d, 0.2 * bought);

        Solution after = spatial.solve(market, policy);

        assertThat(bought(after.flows(), d)).isLessThan(bought);
        assertThat(after.compositePrices()[d]).isLessThan(1);
        assertEquilibrium(market, policy, after);
    }

    /** A seller with a home market and one pipeline to a buyer that also buys from two others. */
    private static Market pipelineMarket() {
        return new Market(
                List.of("KAZ", "TKM", "LNG", "CHN"),
                new double[][] {
                    {20, 0, 0, 3}, // KAZ: home use and a pipeline to China
                    {0, 5, 0, 30}, // TKM: another pipeline
                    {0, 0, 0, 60}, // LNG sellers
                    {0, 0, 0, 200} // China's own output
                },
                new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}},
                new double[] {6, 6, 6, 6},
                new double[] {0.2, 0.2, 0.2, 0.2},
                new double[] {0.3, 0.3, 0.3, 0.3});
    }

    @Test
    void aHaltReroutesThePipelinesGasAndOtherRoutesFillTheGap() {
        Market market = pipelineMarket();
        MarketPolicy policy = MarketPolicy.baseline(market).ban(0, 3); // the pipeline's capacity falls to zero

        Solution after = spatial.solve(market, policy);

        assertThat(after.flows()[0][3]).isZero();
        assertThat(after.flows()[0][0]).as("Kazakh gas stays at home").isGreaterThan(20);
        assertThat(after.prices()[0]).as("and its price falls").isLessThan(1);
        assertThat(after.flows()[1][3]).as("more Turkmen pipeline gas").isGreaterThan(30);
        assertThat(after.flows()[2][3]).as("more LNG").isGreaterThan(60);
        assertThat(after.flows()[3][3]).as("more Chinese output").isGreaterThan(200);
        assertThat(after.compositePrices()[3]).isGreaterThan(1);
        assertThat(bought(after.flows(), 3)).as("China still ends short").isLessThan(293);
        assertEquilibrium(market, policy, after);
    }

    @Test
    void aFullTurkmenPipelineCannotTakeOverTheKazakhVolumes() {
        Market market = pipelineMarket();
        Cap full = new Cap("Central Asia-China line C", List.<int[]>of(new int[] {1, 3}), 30, true);
        MarketPolicy open = MarketPolicy.baseline(market).ban(0, 3);
        MarketPolicy congested = MarketPolicy.baseline(market).ban(0, 3).cap(full);

        Solution rerouted = spatial.solve(market, open);
        Solution blocked = spatial.solve(market, congested);

        assertThat(blocked.flows()[1][3]).isCloseTo(30, within(1e-9));
        assertThat(blocked.capShadows()[0]).as("the full pipeline earns a rent").isPositive();
        assertThat(blocked.flows()[2][3]).as("LNG fills more").isGreaterThan(rerouted.flows()[2][3]);
        assertThat(blocked.compositePrices()[3]).isGreaterThan(rerouted.compositePrices()[3]);
        assertEquilibrium(market, congested, blocked);
    }

    @Test
    void aPriceFloorRaisesTheLandedPriceToTheFloor() {
        Market market = MarketModelContractTest.twoExportersOneImporter();

        Solution after = spatial.solve(market, MarketPolicy.baseline(market).floor(0, 2, 1.2));

        assertThat(after.prices()[0] * after.wedges()[0][2]).isCloseTo(1.2, within(1e-9));
        assertThat(after.prices()[1]).as("the other exporter gains").isGreaterThan(1);
    }

    @Test
    void aBuyerWithPerfectlyInelasticDemandCutOffIsAnErrorNamingTheMarket() {
        Market market = new Market(
                List.of("EXP", "IMP"),
                new double[][] {{0, 100}, {0, 0}},
                new double[][] {{1, 1}, {1, 1}},
                new double[] {4, 4},
                new double[] {0, 0},
                new double[] {1, 1});

        Solution after = spatial.solve(market, MarketPolicy.baseline(market).ban(0, 1));

        assertThat(after.compositePrices()[1]).isInfinite();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        spatial.solve(market, MarketPolicy.baseline(market).capacity(0, 50)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spatial market of 2 regions (EXP, IMP)");
    }
}
