package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint backtest} on the shipped episodes: the report is complete (every outcome has
 * the model's value, the reported one, a verdict and its source) and the verdicts printed are the
 * ones docs/backtests.md lists, so a change that flips one is noticed.
 */
class BacktestCommandTest {

    /** The verdict of each episode in the table of docs/backtests.md. */
    private static Map<String, String> documentedVerdicts() throws IOException {
        Map<String, String> verdicts = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| ([a-z0-9-]+) \\|.*\\| (PASS|FAIL) \\|$")
                .matcher(Files.readString(Path.of("../docs/backtests.md")));
        while (row.find()) {
            verdicts.put(row.group(1), row.group(2));
        }
        return verdicts;
    }

    @Test
    void everyShippedEpisodeIsReportedWithTheVerdictTheDocsList() throws IOException {
        Map<String, String> documented = documentedVerdicts();
        Path folder = Path.of("../backtests");
        long files;
        try (var list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        assertThat(documented)
                .as("docs/backtests.md lists every shipped episode")
                .hasSize((int) files);

        CliRun run = CliRun.of("backtest");

        Map<String, String> printed = new LinkedHashMap<>();
        Matcher verdict =
                Pattern.compile("(?m)^  episode ([a-z0-9-]+): (PASS|FAIL)").matcher(run.out());
        while (verdict.find()) {
            printed.put(verdict.group(1), verdict.group(2));
        }
        assertThat(printed).as(run.err()).isEqualTo(documented);
        assertThat(run.exitCode()).isEqualTo(documented.containsValue("FAIL") ? BacktestCommand.FAILED : 0);

        int outcomes = count(run.out(), "(?m)^    model     .+: [+-][0-9]+\\.[0-9]%$");
        assertThat(outcomes).isGreaterThanOrEqualTo(documented.size());
        assertThat(count(
                        run.out(),
                        "(?m)^    reported  [+-][0-9.]+% \\((up|down)\\), tolerance ±[0-9.]+ pp: .*: (PASS|FAIL)$"))
                .isEqualTo(outcomes);
        assertThat(count(run.out(), "(?m)^    source    .+, https?://\\S+$")).isEqualTo(outcomes);
        assertThat(count(run.out(), "(?m)^              \".+\"$")).isEqualTo(outcomes);
        assertThat(count(run.out(), "(?m)^  \\[headline\\] ")).isEqualTo(documented.size());
        long passed = documented.values().stream().filter("PASS"::equals).count();
        assertThat(run.out())
                .containsPattern("total: " + passed + " of " + documented.size() + " episodes pass; [0-9]+ of "
                        + outcomes + " outcomes");
    }

    private static int count(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void oneEpisodeRunsByName() {
        CliRun run = CliRun.of("backtest", "indonesia-nickel-ore-ban-2020");

        assertThat(run.out())
                .contains("episode indonesia-nickel-ore-ban-2020: ")
                .doesNotContain("china-coal");
        assertThat(run.out()).containsPattern("total: [01] of 1 episodes pass");
    }

    @Test
    void outWritesEachEpisodesTablesAndAResolvedEpisodeThatRerunsAlike(@TempDir Path folder) {
        CliRun first = CliRun.of("backtest", "indonesia-nickel-ore-ban-2020", "--out", folder.toString());
        Path written = folder.resolve("indonesia-nickel-ore-ban-2020");

        assertThat(written.resolve("flows.csv")).exists();
        assertThat(written.resolve("scenario.resolved.yaml")).exists();
        assertThat(first.err()).contains("wrote ", written.toAbsolutePath().toString());
        CliRun again =
                CliRun.of("backtest", written.resolve("episode.resolved.yaml").toString());
        assertThat(again.exitCode()).isEqualTo(first.exitCode());
        // the same report but for the episode's name, which is its file's
        assertThat(again.out().replace("episode.resolved:", "indonesia-nickel-ore-ban-2020:"))
                .isEqualTo(first.out());
    }

    @Test
    void aMalformedEpisodeIsOneErrorNamingFileLineAndField(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("broken.yaml");
        Files.writeString(file, "kind: backtest\nversion: 1\ntitle: \"x\"\nscenraio: {}\noutcomes: []\n");

        CliRun run = CliRun.of("backtest", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("error: Invalid backtest " + file + " line 4, field scenraio: unknown key 'scenraio'")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownEpisodeListsTheShippedOnes() {
        CliRun run = CliRun.of("backtest", "no-such-episode");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("No episode file no-such-episode; shipped episodes: ", "russia-car-recycling-fee-2024");
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.of("backtest", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Examples:", "chokepoint backtest russia-car-recycling-fee-2024", "docs/backtests.md");
    }
}
