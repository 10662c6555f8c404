package org.chokepoint.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** Group regions, tariffs on a region's own sales and assumed figures in curated baselines. */
class BaselineLoaderTest {

    static final BaselineLoader LOADER = new BaselineLoader(ReferenceData.load(), List::of);

    static final String BASELINE = String.join(
            "\n",
            "kind: baseline",
            "version: 1",
            "id: test",
            "good: {chain: passenger-cars, stage: passenger-cars}",
            "unit: USD",
            "period: \"2024\"",
            "regions: [USA, EU, ROW]",
            "price: {value: 1, unit: USD/USD, how: \"normalised\", sources: [s]}",
            "sources:",
            "  s: {publisher: \"P\", title: \"T\"}",
            "flows:",
            "  - {from: USA, to: EU27, quantity: 10, sources: [s]}",
            "  - {from: ROW, to: ROW, quantity: 5, sources: [s]}",
            "tariffs:",
            "  - {from: ROW, to: ROW, rate: 15%, sources: [s]}",
            "");

    @Test
    void aGroupIsOneRegionNamedByItsIdAndMayTaxItsOwnSales() {
        Baseline baseline = LOADER.read("test.yaml", BASELINE);

        assertThat(baseline.regions()).containsExactly("USA", "EU27", "ROW");
        assertThat(baseline.wedges()[2][2]).as("ROW's 15% on its own trade").isEqualTo(1.15);
    }

    @Test
    void aTariffOnARegionsOwnSalesNeedsThoseSales() {
        String text = BASELINE.replace("  - {from: ROW, to: ROW, rate: 15%", "  - {from: EU27, to: EU27, rate: 15%");

        assertThatThrownBy(() -> LOADER.read("test.yaml", text))
                .hasMessageContaining("a tariff of EU27 on itself, but the baseline has no EU27 -> EU27 flow");
    }

    @Test
    void aCountryInsideAGroupRegionIsRefused() {
        assertThatThrownBy(() -> LOADER.read("test.yaml", BASELINE.replace("[USA, EU, ROW]", "[USA, EU, DEU, ROW]")))
                .hasMessageContaining("DEU is part of EU27 on 2024-12-31, also a region of this baseline");
        assertThatThrownBy(() -> LOADER.read("test.yaml", BASELINE.replace("[USA, EU, ROW]", "[EU, G7, USA, ROW]")))
                .hasMessageContaining("EU27 shares DEU, FRA, ITA with G7 on 2024-12-31");
    }

    @Test
    void aFigureRestsOnSourcesOrSaysWhatItAssumes() {
        Baseline assumed = LOADER.read(
                "test.yaml",
                BASELINE.replace(
                        "  - {from: ROW, to: ROW, quantity: 5, sources: [s]}",
                        "  - {from: ROW, to: ROW, quantity: 5, assumption: \"the rest of the world trades as in 2023\"}"));
        BaselineFlow row = assumed.flows().get(1);
        assertThat(row.origin()).isEqualTo("assumed");
        assertThat(row.sources()).isEmpty();
        assertThat(row.assumption()).contains("the rest of the world trades as in 2023");
        assertThat(assumed.flows().get(0).origin()).isEqualTo("observed");

        assertThatThrownBy(() -> LOADER.read(
                        "test.yaml",
                        BASELINE.replace(
                                "  - {from: ROW, to: ROW, quantity: 5, sources: [s]}",
                                "  - {from: ROW, to: ROW, quantity: 5, how: \"made up\"}")))
                .hasMessageContaining("line 13")
                .hasMessageContaining("a figure without sources")
                .hasMessageContaining("assumption:");
    }
}
