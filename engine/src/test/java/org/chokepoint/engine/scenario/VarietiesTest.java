package org.chokepoint.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chokepoint.engine.run.FlowRow;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** A country that sells one good in several ways (pipeline, LNG, one project) is targeted as a whole or in part. */
class VarietiesTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    static final ScenarioLoader LOADER = new ScenarioLoader(REFERENCE, Path.of("src/test/resources/baselines"));

    static String scenario(String shock) {
        return String.join(
                "\n",
                "kind: scenario",
                "version: 1",
                "name: varieties",
                "question: \"Which Russian gas is hit?\"",
                "baseline: gas-fixture",
                "start: 2026-01",
                "months: 1",
                "elasticities: {substitution: 4, demand: 0.5, supply: 1}",
                "shocks:",
                shock,
                "");
    }

    @Test
    void aCountryMeansAllItsVarietiesAndAVarietyOnlyItself() {
        Scenario whole =
                LOADER.read("whole.yaml", scenario("  - {instrument: export-ban, exporter: RUS, importers: CHN}"));
        Scenario project = LOADER.read(
                "one.yaml", scenario("  - {instrument: export-ban, exporter: RUS/arctic-lng-2, importers: CHN}"));

        ScenarioResult all = new ScenarioRunner(REFERENCE).run(whole);
        ScenarioResult one = new ScenarioRunner(REFERENCE).run(project);

        assertThat(whole.shocks().get(0).describe())
                .startsWith("export-ban RUS/pipeline, RUS/lng, RUS/arctic-lng-2 -> CHN");
        assertThat(flow(all, "RUS/pipeline", "CHN")).isZero();
        assertThat(flow(all, "RUS/lng", "CHN")).isZero();
        assertThat(flow(one, "RUS/arctic-lng-2", "CHN")).isZero();
        assertThat(flow(one, "RUS/pipeline", "CHN")).isPositive();
        assertThat(flow(one, "RUS/lng", "JPN")).isPositive();
    }

    private static double flow(ScenarioResult result, String seller, String buyer) {
        return result.flows().stream()
                .filter(f -> f.exporter().equals(seller) && f.importer().equals(buyer))
                .mapToDouble(FlowRow::scenarioQty)
                .sum();
    }
}
