package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chokepoint.engine.run.ShippedScenariosTest.LOADER;
import static org.chokepoint.engine.run.ShippedScenariosTest.REFERENCE;
import static org.chokepoint.engine.run.ShippedScenariosTest.RUNNER;
import static org.chokepoint.engine.run.ShippedScenariosTest.row;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.model.commodity.EndUse;
import org.chokepoint.model.commodity.InputDependence;
import org.junit.jupiter.api.Test;

/** The industries of shipped scenarios: shortages against price rises, stocks, and users down the chain. */
class IndustriesTest {

    private static ScenarioResult run(String name) {
        return RUNNER.run(LOADER.load(Path.of("../scenarios/" + name + ".yaml")).withDraws(0, 1));
    }

    private static InputDependence dependence(String chain, String stage, String industry) {
        return REFERENCE.commodities().find(chain).orElseThrow().endUses().stream()
                .filter(u ->
                        u.stage().slug().equals(stage) && u.industry().slug().equals(industry))
                .map(EndUse::dependence)
                .findFirst()
                .orElseThrow();
    }

    private static List<IndustryRow> rows(ScenarioResult result, String industry, String region) {
        return result.industries().stream()
                .filter(r -> r.industry().equals(industry) && r.region().equals(region))
                .toList();
    }

    @Test
    void aPriceFloorRaisesCostsAndStopsNoOutput() {
        ScenarioResult result = run("forge-magnet-price-floor");
        MarketRow korea = row(result, "KOR", "2026-03");

        assertThat(korea.shortfallPct())
                .as("Korea buys less at the floor price")
                .isGreaterThan(10);
        assertThat(korea.rationedPct()).as("but nothing is rationed").isLessThan(0.5);
        assertThat(result.industries())
                .allSatisfy(r -> assertThat(r.outputLossPct()).isZero());
        double share = dependence("rare-earths", "ndfeb-magnets", "ev-motors")
                .costShare()
                .value();
        assertThat(rows(result, "ev-motors", "KOR").get(0).costChangePct())
                .isCloseTo(share * korea.paidPriceChangePct(), within(1e-9))
                .isGreaterThan(1);
    }

    @Test
    void graphiteLicensingLeavesBatteryMakersShortThroughAnodeMaterial() {
        ScenarioResult result = run("china-graphite-export-licensing");
        MarketRow japan = row(result, "JPN", "2026-01");

        assertThat(japan.rationedPct()).isGreaterThan(1);
        assertThat(rows(result, "batteries", "JPN")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.input()).isEqualTo("natural-graphite");
            assertThat(r.stage()).isEqualTo("anode-material");
        });
        IndustryRow first = rows(result, "batteries", "JPN").get(0);
        assertThat(first.shortagePct()).isCloseTo(japan.rationedPct(), within(1e-9));
        assertThat(first.stockDrawnPct())
                .as("the anode makers' stocks cover it first")
                .isCloseTo(first.shortagePct(), within(1e-9));
    }

    @Test
    void aBanStopsOutputOnceTheFirmsStocksRunOut() {
        ScenarioResult result = run("china-magnet-export-ban");
        List<IndustryRow> motors = rows(result, "ev-motors", "KOR");
        InputDependence dependence = dependence("rare-earths", "ndfeb-magnets", "ev-motors");

        assertThat(motors.get(0).outputLossPct())
                .as("the first month, from stocks")
                .isZero();
        assertThat(motors.get(5).outputLossPct()).as("the sixth").isGreaterThan(50);
        assertThat(motors).allSatisfy(r -> assertThat(r.outputLossPct())
                .isLessThanOrEqualTo(r.shortagePct() * dependence.role().value() + 1e-9));
    }

    @Test
    void carsAreUsedByTheirBuyersAndAFeeIsTheirCost() {
        ScenarioResult result = run("russia-car-recycling-fee");

        assertThat(result.industries()).extracting(IndustryRow::industry).containsOnly("households");
        assertThat(rows(result, "households", "RUS"))
                .allSatisfy(r -> assertThat(r.costChangePct()).isPositive());
    }

    @Test
    void aChainsInputStageLeavesTheModelledStagesUsersToIt() {
        ScenarioResult result = run("china-ree-compounds-ban-chain");

        assertThat(result.industries())
                .filteredOn(r -> r.input().equals("ree-compounds"))
                .extracting(IndustryRow::industry)
                .contains("catalysts", "metallurgy")
                .doesNotContain("ev-motors");
    }
}
