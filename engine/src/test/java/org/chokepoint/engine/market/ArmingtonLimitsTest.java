package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bans, caps, capacities, stock changes and price floors in the armington model, each by its
 * defining behaviour (engine.md sections 3 and 8), on the contract test's seeded random markets.
 */
class ArmingtonLimitsTest {

    private final ArmingtonModel model = new ArmingtonModel();

    static Stream<Market> markets() {
        return MarketModelContractTest.markets();
    }

    private static double supplyOf(double[][] flows, int s) {
        double sum = 0;
        for (double x : flows[s]) {
            sum += x;
        }
        return sum;
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aBanDrivesItsFlowToZeroAndEveryOtherMarketStillClears(Market market) {
        int s = 0;
        int d = MarketModelContractTest.biggestExport(market, s);

        Solution after = model.solve(market, MarketPolicy.baseline(market).ban(s, d));

        assertThat(after.flows()[s][d]).isZero();
        for (int i = 0; i < market.size(); i++) {
            double baselineSupply = supplyOf(market.flows(), i);
            boolean stranded = baselineSupply > 0 && supplyOf(after.flows(), i) == 0;
            if (baselineSupply > 0 && !stranded) {
                assertThat(supplyOf(after.flows(), i))
                        .isCloseTo(
                                baselineSupply * Math.pow(after.prices()[i], market.supply()[i]),
                                within(1e-8 * (1 + baselineSupply)));
            }
            for (int j = 0; j < market.size(); j++) {
                assertThat(after.flows()[i][j]).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aBindingQuotaHoldsTheCappedFlowsAtItsLimitWithAPositiveShadowPrice(Market market) {
        int s = 0;
        int d = MarketModelContractTest.biggestExport(market, s);
        double baseline = market.flows()[s][d];
        if (baseline <= 0) {
            return;
        }
        Cap quota = new Cap("half licensed", List.<int[]>of(new int[] {s, d}), baseline / 2, true);

        Solution after = model.solve(market, MarketPolicy.baseline(market).cap(quota));

        assertThat(after.flows()[s][d]).isCloseTo(baseline / 2, within(1e-9 * baseline));
        assertThat(after.capShadows()[0]).isPositive();
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aQuotaThatDoesNotBindChangesNothing(Market market) {
        int s = 0;
        int d = MarketModelContractTest.biggestExport(market, s);
        if (market.flows()[s][d] <= 0) {
            return;
        }
        Cap loose = new Cap("loose", List.<int[]>of(new int[] {s, d}), market.flows()[s][d] * 2, true);

        Solution after = model.solve(market, MarketPolicy.baseline(market).cap(loose));

        assertThat(after.capShadows()[0]).isCloseTo(0, within(1e-12));
        assertThat(after.prices()[s]).isCloseTo(1, within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aTighterQuotaNeverRaisesTheCappedFlowsNorLowersTheBuyersPrice(Market market) {
        int s = 0;
        int d = MarketModelContractTest.biggestExport(market, s);
        double baseline = market.flows()[s][d];
        if (baseline <= 0) {
            return;
        }
        Solution loose = model.solve(
                market,
                MarketPolicy.baseline(market)
                        .cap(new Cap("q", List.<int[]>of(new int[] {s, d}), 0.8 * baseline, true)));
        Solution tight = model.solve(
                market,
                MarketPolicy.baseline(market)
                        .cap(new Cap("q", List.<int[]>of(new int[] {s, d}), 0.3 * baseline, true)));

        assertThat(tight.flows()[s][d]).isLessThan(loose.flows()[s][d]);
        assertThat(tight.compositePrices()[d]).isGreaterThanOrEqualTo(loose.compositePrices()[d] * (1 - 1e-12));
    }

    @ParameterizedTest
    @MethodSource("markets")
    void anOutageHoldsSupplyAtTheRemainingCapacityAndRaisesThePrice(Market market) {
        int s = 0;
        double baselineSupply = supplyOf(market.flows(), s);
        if (baselineSupply <= 0) {
            return;
        }

        Solution after = model.solve(market, MarketPolicy.baseline(market).capacity(s, 0.6 * baselineSupply));

        assertThat(supplyOf(after.flows(), s)).isCloseTo(0.6 * baselineSupply, within(1e-9 * baselineSupply));
        assertThat(after.prices()[s]).isGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("markets")
    void aStockReleaseLowersWhatTheRegionBuysAndItsPrice(Market market) {
        int d = market.size() - 1;
        double bought = 0;
        for (int s = 0; s < market.size(); s++) {
            bought += market.flows()[s][d];
        }
        if (bought <= 0) {
            return;
        }

        Solution after = model.solve(market, MarketPolicy.baseline(market).addNetSupply(d, 0.2 * bought));

        double boughtAfter = 0;
        for (int s = 0; s < market.size(); s++) {
            boughtAfter += after.flows()[s][d];
        }
        assertThat(boughtAfter).isLessThan(bought);
        assertThat(after.compositePrices()[d]).isLessThanOrEqualTo(1 + 1e-12);
    }

    @Test
    void aPriceFloorTariffRaisesTheLandedPriceToTheFloor() {
        // Two exporters sell to one importer; a floor of 1.2 on the cheap exporter's sales
        Market market = MarketModelContractTest.twoExportersOneImporter();

        Solution after = model.solve(market, MarketPolicy.baseline(market).floor(0, 2, 1.2));

        double tariff = after.wedges()[0][2] - 1;
        assertThat(tariff).isCloseTo(1.2 / after.prices()[0] - 1, within(1e-9));
        assertThat(after.prices()[0] * after.wedges()[0][2]).isCloseTo(1.2, within(1e-9));
        assertThat(after.prices()[1]).as("the other exporter gains").isGreaterThan(1);
    }

    @Test
    void anImporterWithOneSupplierLosesEverythingWhenItIsBanned() {
        Market market = MarketModelContractTest.oneExporterOneImporter(1, 1);

        Solution after = model.solve(market, MarketPolicy.baseline(market).ban(0, 1));

        assertThat(after.flows()[0][1]).isZero();
        assertThat(after.compositePrices()[1]).isInfinite();
    }
}
