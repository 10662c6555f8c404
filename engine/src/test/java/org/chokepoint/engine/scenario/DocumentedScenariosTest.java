package org.chokepoint.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios the README and docs/model.md show are valid as written: each YAML block that starts
 * with {@code kind: scenario} is read and bound (beside a copy of a shipped baseline as
 * {@code my-baseline.yaml}, for the examples of a user's own).
 */
class DocumentedScenariosTest {

    static Stream<String> documented() throws IOException {
        List<String> blocks = new ArrayList<>();
        for (Path doc : List.of(Path.of("../README.md"), Path.of("../docs/model.md"))) {
            String text = Files.readString(doc);
            for (int at = text.indexOf("```yaml\nkind: scenario");
                    at >= 0;
                    at = text.indexOf("```yaml\nkind: scenario", at + 1)) {
                int start = at + "```yaml\n".length();
                blocks.add(text.substring(start, text.indexOf("```", start)));
            }
        }
        assertThat(blocks).as("the docs show scenarios").hasSizeGreaterThanOrEqualTo(2);
        return blocks.stream();
    }

    @ParameterizedTest
    @MethodSource("documented")
    void aDocumentedScenarioReadsAndBinds(String yaml, @TempDir Path dir) throws IOException {
        Files.copy(Path.of("../data/baselines/ndfeb-magnets-2024.yaml"), dir.resolve("my-baseline.yaml"));

        Scenario scenario =
                ScenarioLoaderTest.LOADER.read(dir.resolve("documented.yaml").toString(), yaml);

        assertThat(scenario.warnings()).as("the docs show no old keys").isEmpty();
        assertThat(scenario.shocks()).isNotEmpty();
    }
}
