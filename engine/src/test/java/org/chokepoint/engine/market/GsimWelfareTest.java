package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GSIM's welfare terms (engine.md section 2a). The expected values are hand-derived closed forms,
 * not published figures: no published GSIM welfare result with its inputs was found (see {@link
 * GsimFourRegionExampleTest}).
 */
class GsimWelfareTest {

    private static final GsimModel GSIM = new GsimModel();

    /**
     * One exporter selling 100 to one importer with no production of its own; the importer puts a
     * tariff t on it. With theta = phi = 1, {@code Mhat = E_m (t + p)} and clearing {@code Mhat =
     * E_x p} give {@code p = -t epsilon / (epsilon + eta)} and {@code Phat = t + p = t eta /
     * (epsilon + eta)}; then {@code dCS = -100 Phat - 1/2 epsilon 100 Phat^2}, {@code dPS = 100 p (1
     * + 1/2 eta p)} and {@code dTR = 100 (1 - epsilon Phat)(1 + p) t}. For t = 0.1, epsilon = 2,
     * eta = 1: p = -1/15, Phat = 1/30, dCS = -10/3 - 1/9 = -3.4444..., dPS = -100/15 x 29/30 =
     * -6.4444..., dTR = 100 x 14/15 x 14/15 x 0.1 = 8.7111...
     */
    @Test
    void closedFormInTheOneExporterOneImporterCase() {
        double epsilon = 2;
        double eta = 1;
        double t = 0.1;
        Market market = MarketModelContractTest.oneExporterOneImporter(epsilon, eta);

        GsimWelfare welfare = GSIM.welfare(market, new double[][] {{1, 1 + t}, {1, 1}});

        double p = -t * epsilon / (epsilon + eta);
        double phat = t * eta / (epsilon + eta);
        assertThat(welfare.compositePriceChanges()[1]).isCloseTo(phat, within(1e-12));
        assertThat(welfare.consumerSurplus()[1])
                .isCloseTo(-100 * phat - 0.5 * epsilon * 100 * phat * phat, within(1e-10))
                .isCloseTo(-3.444444, within(1e-6));
        assertThat(welfare.producerSurplus()[0])
                .isCloseTo(100 * p * (1 + 0.5 * eta * p), within(1e-10))
                .isCloseTo(-6.444444, within(1e-6));
        assertThat(welfare.tariffRevenue()[1])
                .isCloseTo(100 * (1 - epsilon * phat) * (1 + p) * t, within(1e-10))
                .isCloseTo(8.711111, within(1e-6));
        assertThat(welfare.net()[1]).isCloseTo(-3.444444 + 8.711111, within(1e-6));
        assertThat(welfare.producerSurplus()[1])
                .as("the importer sells nothing")
                .isZero();
        assertThat(welfare.consumerSurplus()[0]).as("the exporter buys nothing").isZero();
    }

    /**
     * Removing a tariff the importer already had: revenue falls by the whole baseline revenue, and
     * consumers gain {@code R |Phat| - 1/2 epsilon R Phat^2} with {@code R = 100 T0}.
     */
    @Test
    void removingATariffCostsItsWholeRevenue() {
        double epsilon = 1.5;
        double eta = 2;
        double tariff = 0.2;
        Market base = MarketModelContractTest.oneExporterOneImporter(epsilon, eta);
        Market market = new Market(
                base.regions(),
                base.flows(),
                new double[][] {{1, 1 + tariff}, {1, 1}},
                base.substitution(),
                base.demand(),
                base.supply());

        GsimWelfare welfare = GSIM.welfare(market, new double[][] {{1, 1}, {1, 1}});

        double that = 1 / (1 + tariff) - 1;
        double phat = that * eta / (epsilon + eta);
        double spending = 100 * (1 + tariff);
        assertThat(welfare.compositePriceChanges()[1]).isCloseTo(phat, within(1e-12));
        assertThat(welfare.consumerSurplus()[1])
                .isCloseTo(-spending * phat - 0.5 * epsilon * spending * phat * Math.abs(phat), within(1e-10))
                .isPositive();
        assertThat(welfare.tariffRevenue()[1]).isCloseTo(-100 * tariff, within(1e-10));
    }

    @ParameterizedTest
    @MethodSource("org.chokepoint.engine.market.MarketModelContractTest#markets")
    void withoutAShockNothingChanges(Market market) {
        GsimWelfare welfare = GSIM.welfare(market, market.wedges());

        for (int r = 0; r < market.size(); r++) {
            double scale = 1e-9 * (1 + market.flows()[r][r]) * market.size() * 100;
            assertThat(welfare.compositePriceChanges()[r]).isCloseTo(0, within(1e-9));
            assertThat(welfare.consumerSurplus()[r]).isCloseTo(0, within(scale));
            assertThat(welfare.producerSurplus()[r]).isCloseTo(0, within(scale));
            assertThat(welfare.tariffRevenue()[r]).isCloseTo(0, within(scale));
        }
    }

    @Test
    void theFourRegionAgreementLowersThePartnersCompositePrices() {
        GsimWelfare welfare =
                GSIM.welfare(GsimFourRegionExampleTest.market(), GsimFourRegionExampleTest.usEuAgreement());

        assertThat(welfare.compositePriceChanges()[0]).as("US").isNegative();
        assertThat(welfare.compositePriceChanges()[2]).as("EU").isNegative();
        assertThat(welfare.consumerSurplus()[0]).as("US consumers gain").isPositive();
        assertThat(welfare.tariffRevenue()[0])
                .as("the US gives up revenue on EU goods")
                .isNegative();
        assertThat(welfare.producerSurplus()[1]).as("Japan's exporters lose").isNegative();
        assertThat(welfare.producerSurplus()[3]).as("RW's exporters lose").isNegative();
    }
}
