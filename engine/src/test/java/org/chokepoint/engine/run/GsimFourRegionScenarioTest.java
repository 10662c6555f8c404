package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.market.GsimModel;
import org.chokepoint.engine.market.GsimWelfare;
import org.chokepoint.engine.market.Market;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * The shipped GSIM example (scenarios/examples/gsim-four-region-us-eu.yaml on
 * scenarios/examples/gsim-four-region.baseline.yaml) run as a scenario: the four-decimal world prices reported
 * for it, GSIM's own demand and welfare in the result rows, and the EU27 region as shocks name it.
 */
class GsimFourRegionScenarioTest {

    static final Path EXAMPLE = Path.of("../scenarios/examples/gsim-four-region-us-eu.yaml");

    final Scenario scenario = ShippedScenariosTest.LOADER.load(EXAMPLE);
    final ScenarioResult result = ShippedScenariosTest.RUNNER.run(scenario);

    @Test
    void theExporterWorldPricesAreTheReportedFourDecimals() {
        List<String> regions = List.of("USA", "JPN", "EU27", "ROW");
        double[] reported = {0.0792, -0.0316, 0.0480, -0.0184};

        for (int i = 0; i < regions.size(); i++) {
            assertThat(ShippedScenariosTest.row(result, regions.get(i), "2025-01")
                                    .worldPriceChangePct()
                            / 100)
                    .as("world price change of %s", regions.get(i))
                    .isCloseTo(reported[i], within(0.00005));
        }
    }

    @Test
    void demandIsGsimsLinearCompositeImportDemand() {
        for (MarketRow row : result.markets()) {
            assertThat(row.demandChangePct())
                    .as("E_m Phat in %s", row.region())
                    .isCloseTo(-1.25 * row.priceChangePct(), within(1e-9));
            assertThat(row.shortfallPct()).isCloseTo(Math.max(0, 1.25 * row.priceChangePct()), within(1e-9));
        }
    }

    @Test
    void theWelfareRowsAreGsimWelfareForOneMonth() {
        Baseline baseline = scenario.baseline();
        int n = baseline.regions().size();
        double[] sigma = {5, 5, 5, 5};
        double[] epsilon = {1.25, 1.25, 1.25, 1.25};
        double[] eta = {1.5, 1.5, 1.5, 1.5};
        Market market = new Market(baseline.regions(), baseline.table(), baseline.wedges(), sigma, epsilon, eta);
        double[][] agreement = baseline.wedges();
        agreement[baseline.indexOf("USA")][baseline.indexOf("EU27")] = 1;
        agreement[baseline.indexOf("EU27")][baseline.indexOf("USA")] = 1;

        GsimWelfare welfare = new GsimModel().welfare(market, agreement);

        for (int r = 0; r < n; r++) {
            WelfareRow row = result.welfare().get(r);
            assertThat(row.region()).isEqualTo(baseline.regions().get(r));
            assertThat(row.consumerSurplusUsd()).isCloseTo(welfare.consumerSurplus()[r] / 12, within(1e-9));
            assertThat(row.producerSurplusUsd()).isCloseTo(welfare.producerSurplus()[r] / 12, within(1e-9));
            assertThat(row.tariffRevenueUsd()).isCloseTo(welfare.tariffRevenue()[r] / 12, within(1e-9));
        }
    }

    @Test
    void aShockNamesTheGroupRegionByAnyOfItsNamesButNotOneOfItsMembers() throws Exception {
        String text = Files.readString(EXAMPLE);

        Scenario alias = ShippedScenariosTest.LOADER.read(
                EXAMPLE.resolveSibling("alias.yaml").toString(), text.replace("exporters: [EU27]", "exporters: [EU]"));
        assertThat(ShippedScenariosTest.RUNNER.run(alias).markets())
                .as("EU, an alias of EU27, is the EU27 region")
                .extracting(MarketRow::worldPriceChangePct)
                .containsExactlyElementsOf(result.markets().stream()
                        .map(MarketRow::worldPriceChangePct)
                        .toList());
        assertThatThrownBy(() -> ShippedScenariosTest.LOADER.read(
                        EXAMPLE.resolveSibling("member.yaml").toString(),
                        text.replace("exporters: [EU27]", "exporters: [DEU]")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("it is part of EU27 there");
    }
}
