package org.chokepoint.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed scenarios fail with the file, the line, the field and a suggestion. */
class ScenarioLoaderTest {

    static final ScenarioLoader LOADER = new ScenarioLoader(ReferenceData.load(), Path.of("../data/baselines"));

    static final String VALID = String.join(
            "\n",
            "kind: scenario",
            "version: 1",
            "name: test",
            "question: \"What if?\"",
            "baseline: ndfeb-magnets-2024",
            "start: 2026-01",
            "months: 12",
            "elasticities: {substitution: 8, demand: 0.2, supply: 0.5}",
            "shocks:",
            "  - instrument: export-ban",
            "    exporter: CHN",
            "    importers: [KOR, USA]",
            "    from: 2026-03",
            "");

    @Test
    void aValidScenarioResolvesGroupsAliasesAndDates() {
        Scenario scenario = LOADER.read("ok.yaml", VALID.replace("[KOR, USA]", "[南韓, 美國, EU27]"));

        assertThat(scenario.shocks()).hasSize(1);
        assertThat(scenario.shocks().get(0).describe()).isEqualTo("export-ban CHN -> KOR, USA, DEU from 2026-03");
        assertThat(scenario.end()).hasToString("2026-12");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a misspelt key|shocks:|shoks:|line 9, field shoks|Did you mean 'shocks'?",
                "an unknown instrument|export-ban|export-bann|line 10, field shocks[0].instrument|Did you mean 'export-ban'?",
                "an unknown country|[KOR, USA]|[KOR, Korae]|line 12, field shocks[0].importers[1]|Did you mean KOR?",
                "a country inside ROW|[KOR, USA]|[KOR, KAZ]|line 12, field shocks[0].importers[1]|it is part of ROW there",
                "an impossible month|from: 2026-03|from: 2026-13|line 13, field shocks[0].from|Write months as YYYY-MM",
                "a start after the horizon|from: 2026-03|from: 2029-03|line 13, field shocks[0].from|starts after the scenario's horizon ends",
                "an unknown baseline|ndfeb-magnets-2024|ndfeb-magnet-2024|line 5, field baseline|Did you mean 'ndfeb-magnets-2024'?",
                "a negative elasticity|demand: 0.2|demand: -0.2|line 8, field elasticities.demand|cannot be negative",
                "an unknown model|start: 2026-01|model: armingtn\\nstart: 2026-01|line 6, field model|Did you mean 'armington'?",
            })
    void aMalformedScenarioNamesFileLineFieldAndASuggestion(
            String what, String valid, String broken, String location, String suggestion) {
        String text = VALID.replace(valid, broken.replace("\\n", "\n"));

        assertThatThrownBy(() -> LOADER.read("broken.yaml", text))
                .as(what)
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("Invalid scenario broken.yaml " + location)
                .hasMessageContaining(suggestion);
    }

    @Test
    void aTariffTakesARateOrASetToButNotBoth() {
        String text = VALID.replace(
                "  - instrument: export-ban\n    exporter: CHN\n    importers: [KOR, USA]\n    from: 2026-03\n",
                "  - instrument: tariff\n    importers: USA\n    rate: 10%\n    set_to: 0%\n");

        assertThatThrownBy(() -> LOADER.read("tariff.yaml", text))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("line 10, field shocks[0]")
                .hasMessageContaining("either 'rate' (added on top) or 'set_to'");
    }

    @Test
    void aLicensedShareAboveOneIsRefused() {
        String text = VALID.replace(
                "  - instrument: export-ban\n", "  - instrument: export-licensing\n    licensed_share: 150%\n");

        assertThatThrownBy(() -> LOADER.read("share.yaml", text))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("line 11, field shocks[0].licensed_share")
                .hasMessageContaining("must lie between 0 and 1");
    }

    @Test
    void aStockpileCannotReleaseMoreThanItHolds() {
        String text = VALID.replace(
                "  - instrument: export-ban\n    exporter: CHN\n    importers: [KOR, USA]\n    from: 2026-03\n",
                "  - instrument: stockpile\n    region: USA\n    fill: {quantity: 100, from: 2026-01, until: 2026-03}\n"
                        + "    release: {quantity: 500, from: 2026-04, until: 2026-06}\n");

        assertThatThrownBy(() -> LOADER.read("stock.yaml", text))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("field shocks[0].release")
                .hasMessageContaining("never holds more than 100");
    }
}
