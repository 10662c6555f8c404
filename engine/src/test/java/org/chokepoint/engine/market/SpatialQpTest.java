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
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.convex.ConvexSolver;

/**
 * The spatial equilibrium is the optimum of a quadratic programme: consumer plus producer surplus
 * less route costs and wedges, subject to the caps and capacities (docs/model.md, "spatial"). With
 * the specific wedges {@code p_s (tau - 1)} at the equilibrium's prices, ojAlgo's convex solver
 * finds the same flows, and its multipliers are the prices and the caps' rents. Small markets only:
 * the active-set solver is slow (seconds for ten regions) and agrees to 1e-6 here, which is why the engine solves the
 * equivalent complementarity problem by Newton's method instead.
 */
class SpatialQpTest {

    static {
        System.setProperty("shut.up.ojAlgo", "true");
    }

    private final SpatialModel spatial = new SpatialModel();

    /** Small markets whose prices stay positive: every region sells at home, flows of similar size. */
    static Stream<Market> markets() {
        Random random = new Random(20261128L);
        return IntStream.range(0, 20).mapToObj(i -> {
            int n = 3 + random.nextInt(3);
            List<String> regions = new ArrayList<>();
            double[][] flows = new double[n][n];
            double[][] wedges = new double[n][n];
            double[] sigma = new double[n];
            double[] epsilon = new double[n];
            double[] eta = new double[n];
            for (int r = 0; r < n; r++) {
                regions.add("R" + r);
                sigma[r] = 2 + 6 * random.nextDouble();
                epsilon[r] = 0.2 + random.nextDouble();
                eta[r] = 0.5 + 2 * random.nextDouble();
                for (int d = 0; d < n; d++) {
                    flows[r][d] = r == d || random.nextInt(4) > 0 ? 1 + 9 * random.nextDouble() : 0;
                    wedges[r][d] = 1 + (r == d ? 0 : 0.2 * random.nextDouble());
                }
            }
            return new Market(regions, flows, wedges, sigma, epsilon, eta);
        });
    }

    @ParameterizedTest
    @MethodSource("markets")
    void theEquilibriumIsTheWelfareOptimumAndItsPricesTheMultipliers(Market market) {
        int n = market.size();
        double exports = 0;
        List<int[]> capped = new ArrayList<>();
        for (int d = 1; d < n; d++) {
            if (market.flows()[0][d] > 0) {
                capped.add(new int[] {0, d});
                exports += market.flows()[0][d];
            }
        }
        MarketPolicy policy = MarketPolicy.baseline(market).raiseWedge(1, 0, 1.2);
        if (exports > 0) {
            policy.cap(new Cap("licences", capped, 0.7 * exports, true));
        }
        double supply = 0;
        for (double x : market.flows()[n - 1]) {
            supply += x;
        }
        policy.capacity(n - 1, 0.9 * supply);

        Solution newton = spatial.solve(market, policy);
        Qp qp = new Qp(market, policy, newton.prices());

        for (int s = 0; s < n; s++) {
            for (int d = 0; d < n; d++) {
                assertThat(qp.flows[s][d]).isCloseTo(newton.flows()[s][d], within(1e-6 * (1 + market.flows()[s][d])));
            }
            assertThat(qp.sourcePrices[s]).isCloseTo(newton.prices()[s], within(1e-6));
            assertThat(qp.demandPrices[s]).isCloseTo(newton.compositePrices()[s], within(1e-6));
        }
        if (exports > 0) {
            assertThat(qp.capRent).isCloseTo(newton.capShadows()[0] * newton.prices()[0], within(1e-6));
        }
    }

    /** The programme in scaled variables: y = x / x0 per route, g = output / S0, h = demand / D0. */
    private static final class Qp {
        final double[][] flows;
        final double[] sourcePrices;
        final double[] demandPrices;
        final double capRent;

        Qp(Market market, MarketPolicy policy, double[] prices) {
            int n = market.size();
            double[][] x0 = market.flows();
            double[][] wedges = policy.wedges();
            List<int[]> routes = new ArrayList<>();
            double[] s0 = new double[n];
            double[] d0 = new double[n];
            for (int s = 0; s < n; s++) {
                for (int d = 0; d < n; d++) {
                    s0[s] += x0[s][d];
                    d0[d] += x0[s][d];
                    if (x0[s][d] > 0) {
                        routes.add(new int[] {s, d});
                    }
                }
            }
            int m = routes.size();
            int size = m + 2 * n; // routes, then g per source, then h per destination
            ConvexSolver.Builder builder = ConvexSolver.newBuilder(size);
            double[] linear = new double[size]; // ojAlgo minimises 1/2 v'Qv - linear'v
            for (int k = 0; k < m; k++) {
                int s = routes.get(k)[0];
                int d = routes.get(k)[1];
                double sigma = market.substitution()[d];
                // marginal route cost 1 - tau0 + (y - 1) / sigma, plus the specific wedge p_s (tau - 1)
                double cost = 1 - market.wedges()[s][d] - 1 / sigma + prices[s] * (wedges[s][d] - 1);
                builder.objective(k, k, x0[s][d] / sigma);
                linear[k] = -cost * x0[s][d];
            }
            for (int r = 0; r < n; r++) {
                double eta = market.supply()[r];
                double epsilon = market.demand()[r];
                // cost S0 ((1 - 1/eta) g + g^2 / (2 eta)); value D0 ((1 + 1/eps) h - h^2 / (2 eps))
                builder.objective(m + r, m + r, s0[r] / eta);
                linear[m + r] = -(1 - 1 / eta) * s0[r];
                builder.objective(m + n + r, m + n + r, d0[r] / epsilon);
                linear[m + n + r] = (1 + 1 / epsilon) * d0[r];
            }
            builder.linear(linear);
            for (int s = 0; s < n; s++) { // sold = produced: multiplier S0 p_s
                double[] row = new double[size];
                for (int k = 0; k < m; k++) {
                    if (routes.get(k)[0] == s) {
                        row[k] = x0[s][routes.get(k)[1]] / s0[s];
                    }
                }
                row[m + s] = -1;
                builder.equality(0, row);
            }
            for (int d = 0; d < n; d++) { // demand <= bought + net supply: multiplier D0 P_d
                double[] row = new double[size];
                for (int k = 0; k < m; k++) {
                    if (routes.get(k)[1] == d) {
                        row[k] = -x0[routes.get(k)[0]][d] / d0[d];
                    }
                }
                row[m + n + d] = 1;
                builder.inequality(policy.netSupply(d) / d0[d], row);
            }
            int capRow = -1;
            if (!policy.caps().isEmpty()) { // the carried share of the limit <= 1: multiplier limit mu
                Cap cap = policy.caps().get(0);
                double[] row = new double[size];
                for (int[] pair : cap.pairs()) {
                    row[
                                    routes.indexOf(routes.stream()
                                            .filter(p -> p[0] == pair[0] && p[1] == pair[1])
                                            .findFirst()
                                            .orElseThrow())] =
                            x0[pair[0]][pair[1]] / cap.limit();
                }
                builder.inequality(1, row);
                capRow = n;
            }
            for (int s = 0; s < n; s++) {
                if (Double.isFinite(policy.capacity(s))) {
                    double[] row = new double[size];
                    row[m + s] = 1;
                    builder.inequality(policy.capacity(s) / s0[s], row);
                }
            }
            for (int v = 0; v < size; v++) {
                double[] row = new double[size];
                row[v] = -1;
                builder.inequality(0, row);
            }
            Optimisation.Result result = builder.solve();
            assertThat(result.getState().isOptimal())
                    .as("ojAlgo: " + result.getState())
                    .isTrue();
            var multipliers = result.getMultipliers().orElseThrow();
            flows = new double[n][n];
            for (int k = 0; k < m; k++) {
                int s = routes.get(k)[0];
                int d = routes.get(k)[1];
                flows[s][d] = result.doubleValue(k) * x0[s][d];
            }
            sourcePrices = new double[n];
            demandPrices = new double[n];
            for (int r = 0; r < n; r++) {
                sourcePrices[r] = multipliers.doubleValue(r) / s0[r];
                demandPrices[r] = multipliers.doubleValue(n + r) / d0[r];
            }
            capRent = capRow < 0
                    ? 0
                    : multipliers.doubleValue(n + capRow) / policy.caps().get(0).limit();
        }
    }
}
