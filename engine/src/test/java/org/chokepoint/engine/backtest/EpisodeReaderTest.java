package org.chokepoint.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.ScenarioException;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The episode format: the example in docs/backtests.md reads and runs as written, a scenario may
 * sit in a file beside its episode, and malformed episodes fail with the file, the line and the
 * field.
 */
class EpisodeReaderTest {

    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final EpisodeReader READER =
            new EpisodeReader(new ScenarioLoader(REFERENCE, Path.of("../data/baselines")));
    /** Where the example is read as if it sat: the shipped episodes' folder. */
    private static final String FILE = "../backtests/example.yaml";

    /** The example episode of docs/backtests.md, as a user would copy it. */
    static String example() throws IOException {
        String docs = Files.readString(Path.of("../docs/backtests.md"));
        Matcher block = Pattern.compile("```yaml\\n(kind: backtest\\n.*?)```", Pattern.DOTALL)
                .matcher(docs);
        assertThat(block.find())
                .as("docs/backtests.md holds an example episode")
                .isTrue();
        return block.group(1);
    }

    @Test
    void theDocumentedExampleReadsAsWritten() throws IOException {
        Episode episode = READER.read(FILE, example());

        assertThat(episode.name()).isEqualTo("example");
        assertThat(episode.scenario().baseline().id()).isEqualTo("passenger-cars-2024");
        Outcome outcome = episode.headline();
        assertThat(outcome.measure())
                .isEqualTo(new ModelMeasure.FlowChange(
                        List.of("CHN"), List.of("RUS"), YearMonth.of(2025, 1), YearMonth.of(2025, 9)));
        assertThat(outcome.reported().value()).isEqualTo(-55);
        assertThat(outcome.reported().unit()).isEqualTo(Units.PERCENT);
        assertThat(outcome.tolerance().value()).isEqualTo(19);
        assertThat(outcome.direction()).isEqualTo(Direction.DOWN);
        assertThat(outcome.source().citation().location()).contains("https://news.qq.com/rain/a/20251105A04DCW00");
        assertThat(outcome.source().citation().date()).contains("2025-11-05");
        assertThat(outcome.source().quote()).contains("55%");
    }

    @Test
    void theDocumentedExampleRunsToAVerdict() throws IOException {
        EpisodeResult result = Backtests.run(READER.read(FILE, example()), new ScenarioRunner(REFERENCE, 1));

        assertThat(result.verdicts()).hasSize(1);
        Verdict verdict = result.verdicts().get(0);
        assertThat(verdict.model().value()).isNegative().isGreaterThan(-100);
        assertThat(verdict.directionRight()).isTrue();
        assertThat(result.passes()).isEqualTo(verdict.withinTolerance());
    }

    @Test
    void aScenarioMaySitInAFileBesideTheEpisode(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("fee.yaml"), scenarioPart());
        Files.writeString(folder.resolve("episode.yaml"), withScenario("scenario: ./fee.yaml\n"));

        Episode episode = READER.load(folder.resolve("episode.yaml"));

        assertThat(episode.scenario().name()).isEqualTo("car-fee-example");
        assertThat(episode.name()).isEqualTo("episode");
        assertThat(episode.outcomes()).hasSize(1);
    }

    @Test
    void aScenarioFileOutsideTheEpisodesFolderIsRefused(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("episodes"));
        Files.writeString(folder.resolve("fee.yaml"), scenarioPart());
        Path episode = folder.resolve("episodes/episode.yaml");
        Files.writeString(episode, withScenario("scenario: ../fee.yaml\n"));

        assertThatThrownBy(() -> READER.load(episode))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("line 4, field scenario: ")
                .hasMessageContaining("outside the episode's folder");
    }

    /** The example's inline scenario as a scenario file of its own. */
    private static String scenarioPart() throws IOException {
        String example = example();
        String inline = example.substring(
                example.indexOf("scenario:\n") + "scenario:\n".length(), example.indexOf("outcomes:"));
        return inline.replaceAll("(?m)^  ", "");
    }

    /** The example with its inline scenario replaced by {@code scenario}. */
    private static String withScenario(String scenario) throws IOException {
        String example = example();
        return example.substring(0, example.indexOf("scenario:\n"))
                + scenario
                + example.substring(example.indexOf("outcomes:"));
    }

    /**
     * Each row: the text replaced in the example ({@code \n} for a line break), its replacement,
     * and the line, field and problem the error must name.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "kind: backtest|kind: scenario|1|kind|expected kind 'backtest'",
                "title: |titel: |3|titel|unknown key 'titel'",
                "reported: -55%|reported: -55|25|outcomes[0].reported|is not a percentage",
                "reported: -55%|reported: 55%|26|outcomes[0].direction|does not go down",
                "direction: down|direction: sideways|26|outcomes[0].direction|unknown direction",
                "tolerance: 19%|tolerance: -19%|27|outcomes[0].tolerance|cannot be negative",
                "measure: flow-change|measure: flow-chnage|24|outcomes[0].model.measure|Did you mean 'flow-change'",
                "importers: [RUS], from|importers: [RUZ], from|24|outcomes[0].model.importers[0]|no region 'RUZ'",
                "until: 2025-09}|until: 2025-10}|24|outcomes[0].model.until|outside the scenario's horizon",
                "from: 2025-01, until|from: 2025-13, until|24|outcomes[0].model.from|is not a month",
                "exporters: [CHN], importers: [RUS]|exporters: [RUS], importers: [CHN]|24|outcomes[0].model|no flow from RUS to CHN",
                "exporters: [CHN], importers|exporter: [CHN], importers|24|outcomes[0].model.exporter|unknown key",
                "headline: true|headline: false|22|outcomes|exactly one headline outcome, not 0",
                "url: \"https://news|url: \"ftp://news|32|outcomes[0].source.url|not a web address",
                "date: 2025-11-05|date: 5 November 2025|33|outcomes[0].source.date|not a date",
                "quote: \"|quote: \"One sentence. Another one. |34|outcomes[0].source.quote|one sentence",
                "publisher: \"Tencent|publsher: \"Tencent|30|outcomes[0].source.publsher|unknown key",
                "rate: 23.9%\\n|rate: 23.9%\\n      sellers: [CHN]\\n|21|scenario.shocks[0].sellers|unknown key",
                "instrument: fee|instrument: fees|18|scenario.shocks[0].instrument|fees",
                "baseline: passenger-cars-2024|baseline: passenger-cars-2023|9|scenario.baseline|no baseline",
            })
    void aMalformedEpisodeNamesItsLineAndField(String from, String to, int line, String field, String problem)
            throws IOException {
        String text = example();
        String target = from.replace("\\n", "\n");
        assertThat(text).as("the example holds the text to replace").contains(target);
        String broken = text.replaceFirst(Pattern.quote(target), Matcher.quoteReplacement(to.replace("\\n", "\n")));

        assertThatThrownBy(() -> READER.read(FILE, broken))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(FILE + " line " + line + ", field " + field + ": ")
                .hasMessageContaining(problem);
    }
}
