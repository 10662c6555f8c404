package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GSIM: the shared laws, its agreement with armington to first order, and the closed-form case. */
class GsimModelTest extends MarketModelContractTest {

    private static final MarketModel GSIM = new GsimModel();
    private static final MarketModel ARMINGTON = new ArmingtonModel();

    @Override
    MarketModel model() {
        return GSIM;
    }

    @ParameterizedTest
    @MethodSource("markets")
    void agreesWithArmingtonToFirstOrderForASmallTariff(Market market) {
        int n = market.size();
        double[][] wedges = Market.copy(market.wedges());
        wedges[0][n - 1] *= 1.01;

        Solution gsim = GSIM.solve(market, wedges);
        Solution armington = ARMINGTON.solve(market, wedges);

        for (int s = 0; s < n; s++) {
            assertThat(gsim.prices()[s] - 1).isCloseTo(Math.log(armington.prices()[s]), within(2e-4));
            for (int d = 0; d < n; d++) {
                double base = market.flows()[s][d];
                if (base > 0) {
                    double exact = armington.flows()[s][d] / base - 1;
                    // first order: the gap is second order (about t^2 = 1e-4 or less), small against the change
                    assertThat(gsim.flows()[s][d] / base - 1).isCloseTo(exact, within(0.05 * Math.abs(exact) + 1e-5));
                }
            }
        }
    }

    @Test
    void tariffIncidenceInTheOneExporterOneImporterCase() {
        double epsilon = 2;
        double eta = 1;
        Market market = oneExporterOneImporter(epsilon, eta);

        Solution solution = GSIM.solve(market, new double[][] {{1, 1.1}, {1, 1}});

        assertThat(solution.prices()[0] - 1)
                .as("the linear incidence: -t eps / (eps + eta)")
                .isCloseTo(-0.1 * epsilon / (epsilon + eta), within(1e-12));
    }
}
