package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.chokepoint.engine.scenario.ResolvedScenario;
import org.chokepoint.engine.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run can be reproduced from its own output: the scenario.resolved.yaml a run writes, read from
 * another folder, gives the same spec and byte-identical tables.
 */
class ResolvedRoundTripTest {

    static Stream<Path> shipped() throws IOException {
        return ShippedScenariosTest.shipped();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void theResolvedScenarioRerunsToTheSameTables(Path file, @TempDir Path dir) throws IOException {
        Scenario first = ShippedScenariosTest.LOADER.load(file).withDraws(0, 1);
        Path resolved = Files.writeString(dir.resolve("scenario.resolved.yaml"), ResolvedScenario.text(first));

        Scenario again = ShippedScenariosTest.LOADER.load(resolved);

        assertThat(again.spec()).isEqualTo(first.spec());
        assertThat(again.warnings()).as("the resolved form uses no old keys").isEmpty();
        assertThat(tables(again)).isEqualTo(tables(first));
    }

    @Test
    void theResolvedScenarioRerunsToTheSameBands(@TempDir Path dir) throws IOException {
        Scenario first = ShippedScenariosTest.LOADER
                .load(Path.of("../scenarios/china-magnet-licensing-50pct.yaml"))
                .withDraws(40, 5);
        Path resolved = Files.writeString(dir.resolve("scenario.resolved.yaml"), ResolvedScenario.text(first));

        assertThat(tables(ShippedScenariosTest.LOADER.load(resolved))).isEqualTo(tables(first));
    }

    /**
     * A chain of three stages whose baselines are the user's own files: the results folder holds a
     * copy of each, and the resolved scenario reruns from there to the same tables.
     */
    @Test
    void aThreeStageChainOfOwnBaselinesRerunsFromItsResultsFolder(@TempDir Path work, @TempDir Path results)
            throws IOException {
        Path file = Files.writeString(
                work.resolve("chain.yaml"),
                ChainLawTest.chain(3, "[{instrument: export-ban, exporter: CHN}]", work, true));
        Scenario first = ShippedScenariosTest.LOADER.load(file);
        ResultWriter.write(ShippedScenariosTest.RUNNER.run(first), results);

        Scenario again = ShippedScenariosTest.LOADER.load(results.resolve("scenario.resolved.yaml"));

        assertThat(again.chain()).hasSize(2);
        assertThat(again.chain().get(1).baseline().file()).endsWith("baseline-chain-3-ree-compounds.yaml");
        assertThat(tables(again)).isEqualTo(tables(first));
    }

    private static Map<String, String> tables(Scenario scenario) {
        ScenarioResult result = ShippedScenariosTest.RUNNER.run(scenario);
        Map<String, String> csv = new java.util.LinkedHashMap<>();
        ResultTables.of(result).forEach((name, table) -> csv.put(name, Csv.of(table)));
        return csv;
    }
}
