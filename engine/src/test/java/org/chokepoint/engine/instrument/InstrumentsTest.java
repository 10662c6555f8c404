package org.chokepoint.engine.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.chokepoint.engine.run.FlowRow;
import org.chokepoint.engine.run.MarketRow;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Each instrument's defining behaviour (engine.md section 3) on the made-up gas market of the test
 * resources: China buys from its own output, Russian pipeline gas, Russian LNG, Arctic LNG 2, Qatar;
 * Japan from Russian LNG, Qatar and the rest of the world.
 */
class InstrumentsTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    static final ScenarioLoader LOADER = new ScenarioLoader(REFERENCE, Path.of("src/test/resources/baselines"));
    static final ScenarioRunner RUNNER = new ScenarioRunner(REFERENCE, 1);

    static ScenarioResult run(String shocks) {
        return RUNNER.run(LOADER.read(
                "instrument.yaml",
                String.join(
                        "\n",
                        "kind: scenario",
                        "version: 1",
                        "name: instrument",
                        "question: \"What does it do?\"",
                        "baseline: gas-fixture",
                        "start: 2026-06",
                        "months: 1",
                        "elasticities: {substitution: 4, demand: 0.5, supply: 1}",
                        "shocks: " + shocks,
                        "")));
    }

    static FlowRow flow(ScenarioResult result, String seller, String buyer) {
        return result.flows().stream()
                .filter(f -> f.exporter().equals(seller) && f.importer().equals(buyer))
                .findFirst()
                .orElseThrow();
    }

    static MarketRow market(ScenarioResult result, String region) {
        return result.markets().stream()
                .filter(r -> r.region().equals(region))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFullyEnforcedSanctionClosesTheRouteAndAPartialOneCutsIt() {
        ScenarioResult full =
                run("[{instrument: sanction, seller: RUS/arctic-lng-2, buyers: CHN, enforcement: 1, discount: 35%}]");
        ScenarioResult half =
                run("[{instrument: sanction, seller: RUS/arctic-lng-2, buyers: CHN, enforcement: 0.5, discount: 35%}]");

        assertThat(flow(full, "RUS/arctic-lng-2", "CHN").scenarioQty()).isZero();
        FlowRow cut = flow(half, "RUS/arctic-lng-2", "CHN");
        assertThat(cut.scenarioQty()).isPositive().isLessThan(cut.baselineQty());
        assertThat(cut.scenarioValueUsd() / cut.scenarioQty())
                .as("the seller gets less per unit")
                .isLessThan(cut.baselineValueUsd() / cut.baselineQty());
        assertThat(half.welfare().stream()
                        .filter(w -> w.region().equals("RUS/arctic-lng-2"))
                        .findFirst()
                        .orElseThrow()
                        .sanctionDiscountUsd())
                .isPositive();
    }

    @Test
    void aSecondaryTariffCutsTheBuyersPurchasesFromTheTargetAndRaisesThemElsewhere() {
        ScenarioResult result = run("[{instrument: secondary-tariff, target: RUS, buyers: JPN, rate: 25%}]");

        FlowRow russian = flow(result, "RUS/lng", "JPN");
        FlowRow qatari = flow(result, "QAT", "JPN");
        assertThat(russian.scenarioQty()).isLessThan(russian.baselineQty());
        assertThat(qatari.scenarioQty()).isGreaterThan(qatari.baselineQty());
        assertThat(result.welfare().stream()
                        .filter(w -> w.region().equals("JPN"))
                        .findFirst()
                        .orElseThrow()
                        .tariffRevenueUsd())
                .as("the third country collects it, not the buyer")
                .isCloseTo(0, within(1e-6));
    }

    @Test
    void anImportBanStopsTheListedOriginsOnly() {
        ScenarioResult result = run("[{instrument: import-ban, importer: JPN, exporters: [QAT]}]");

        assertThat(flow(result, "QAT", "JPN").scenarioQty()).isZero();
        assertThat(flow(result, "QAT", "CHN").scenarioQty())
                .isGreaterThan(flow(result, "QAT", "CHN").baselineQty());
        assertThat(flow(result, "RUS/lng", "JPN").scenarioQty())
                .isGreaterThan(flow(result, "RUS/lng", "JPN").baselineQty());
    }

    @Test
    void aNewPlantLetsItsRegionBuyLessAndLowersItsPrice() {
        ScenarioResult result = run("[{instrument: new-plant, region: JPN, capacity_per_year: 20}]");

        FlowRow qatari = flow(result, "QAT", "JPN");
        assertThat(qatari.scenarioQty()).isLessThan(qatari.baselineQty());
        assertThat(market(result, "JPN").priceChangePct()).isNegative();
        assertThat(market(result, "JPN").shortfallPct()).isZero();
    }

    @Test
    void supplyContractsHoldEachFlowWithinItsGrowth() {
        ScenarioResult result = run("[{instrument: export-ban, exporter: QAT, importers: JPN},"
                + " {instrument: supply-contracts, seller: ROW, buyers: JPN, max_growth: 10%}]");

        // the cap is on the baseline's annual flow, 30 a year, whatever the month's season does to it
        assertThat(flow(result, "ROW", "JPN").scenarioQty()).isCloseTo(30 / 12.0 * 1.1, within(1e-9));
    }

    @Test
    void aTariffSetToZeroRemovesOnlyWhatTheBaselineLevied() {
        ScenarioResult result = run("[{instrument: tariff, importers: JPN, exporters: QAT, set_to: 0%}]");

        FlowRow qatari = flow(result, "QAT", "JPN");
        assertThat(qatari.scenarioQty())
                .as("the fixture levies no tariff")
                .isCloseTo(qatari.baselineQty(), within(1e-9));
    }
}
