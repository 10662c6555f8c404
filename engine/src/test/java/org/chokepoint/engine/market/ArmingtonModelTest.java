package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The armington model: the shared laws, market clearing in levels, and the closed-form case. */
class ArmingtonModelTest extends MarketModelContractTest {

    @Override
    MarketModel model() {
        return new ArmingtonModel();
    }

    @ParameterizedTest
    @MethodSource("markets")
    void marketsClearWithNonNegativeFlowsAfterALargeShock(Market market) {
        double[][] wedges = Market.copy(market.wedges());
        wedges[0][market.size() - 1] *= 3;

        Solution after = model().solve(market, wedges);

        for (int i = 0; i < market.size(); i++) {
            double supplied = 0;
            double baselineSupply = 0;
            for (int j = 0; j < market.size(); j++) {
                assertThat(after.flows()[i][j]).isGreaterThanOrEqualTo(0);
                supplied += after.flows()[i][j];
                baselineSupply += market.flows()[i][j];
            }
            double expected = baselineSupply * Math.pow(after.prices()[i], market.supply()[i]);
            assertThat(supplied).isCloseTo(expected, within(1e-8 * (1 + baselineSupply)));
        }
    }

    @Test
    void tariffIncidenceInTheOneExporterOneImporterCase() {
        double epsilon = 2;
        double eta = 1;
        Market market = oneExporterOneImporter(epsilon, eta);
        double tariff = 0.25;

        Solution solution = model().solve(market, new double[][] {{1, 1 + tariff}, {1, 1}});

        double price = Math.pow(1 + tariff, -epsilon / (eta + epsilon));
        assertThat(solution.prices()[0]).isCloseTo(price, within(1e-12));
        assertThat(solution.flows()[0][1]).isCloseTo(100 * Math.pow(price, eta), within(1e-9));
        assertThat(solution.compositePrices()[1])
                .as("the importer pays the rest of the tariff")
                .isCloseTo(price * (1 + tariff), within(1e-12));
    }
}
