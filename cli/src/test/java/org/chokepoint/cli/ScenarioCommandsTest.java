package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenario commands: help everywhere, user baselines, bad input answered in a line, nothing written. */
class ScenarioCommandsTest {

    static Stream<String> subcommands() {
        return ChokepointCommand.commandLine().getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandAnswersHelp(String name) {
        CliRun run = CliRun.of(name, "--help");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: chokepoint " + name);
    }

    @Test
    void aUsersOwnBaselineBesideAUsersOwnScenarioRuns(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("work"));
        Files.copy(Path.of("../data/baselines/ndfeb-magnets-2024.yaml"), folder.resolve("my-baseline.yaml"));
        Path scenario = Files.writeString(folder.resolve("mine.yaml"), scenario("./my-baseline"));

        CliRun run = CliRun.of(
                "run",
                scenario.toString(),
                "--draws",
                "0",
                "--out",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("KOR");
        assertThat(Files.readString(dir.resolve("out/scenario.resolved.yaml")))
                .contains("baseline: ./baseline-my-baseline.yaml");
        CliRun again = CliRun.of(
                "run",
                dir.resolve("out/scenario.resolved.yaml").toString(),
                "--out",
                dir.resolve("again").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(dir.resolve("again/markets.csv")))
                .isEqualTo(Files.readString(dir.resolve("out/markets.csv")));
    }

    @Test
    void aBaselineFolderAddsBaselinesByName(@TempDir Path dir) throws Exception {
        Path baselines = Files.createDirectories(dir.resolve("baselines"));
        Files.writeString(
                baselines.resolve("magnets-copy.yaml"),
                Files.readString(Path.of("../data/baselines/ndfeb-magnets-2024.yaml"))
                        .replace("id: ndfeb-magnets-2024", "id: magnets-copy"));
        Path scenario = Files.writeString(dir.resolve("mine.yaml"), scenario("magnets-copy"));

        assertThat(CliRun.of("validate", scenario.toString()).err()).contains("no baseline 'magnets-copy'");
        CliRun run = CliRun.of("validate", scenario.toString(), "--baseline-dir", baselines.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Baseline magnets-copy");
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLineAndNoRun(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "keep me");

        CliRun run = CliRun.of("run", "china-magnet-export-ban", "--draws", "0", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INVALID_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("is a file, not a folder").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aBrokenScenarioWritesNothing(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(
                dir.resolve("broken.yaml"), scenario("ndfeb-magnets-2024").replace("KOR", "KZX"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("run", scenario.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INVALID_INPUT);
        assertThat(run.err())
                .contains("broken.yaml line 12, field shocks[0].importers")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void tooManyDrawsAreRefusedAtOnce() {
        CliRun run = CliRun.of("run", "china-magnet-export-ban", "--draws", "1000000000");

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INVALID_INPUT);
        assertThat(run.err()).contains("--draws must be between 0 and 100000");
    }

    @Test
    void aBinaryOrLatin1ScenarioIsNamedWithItsLineAndByte(@TempDir Path dir) throws Exception {
        Path latin1 = Files.write(
                dir.resolve("latin1.yaml"), "kind: scenario\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path binary = Files.write(dir.resolve("binary.yaml"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00});

        assertThat(CliRun.of("validate", latin1.toString()).err())
                .contains("latin1.yaml")
                .contains("not UTF-8 at line 2 (byte offset 24");
        assertThat(CliRun.of("validate", binary.toString()).err()).contains("a binary file, not YAML text");
    }

    @Test
    void deprecatedKeysStillRunWithAWarning(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(
                dir.resolve("old.yaml"),
                scenario("ndfeb-magnets-2024")
                        .replace(
                                "  - instrument: export-ban\n    exporter: CHN\n    importers: [KOR, USA]\n",
                                "  - instrument: new-plant\n    region: USA\n    capacity_per_year: 5000\n"));

        CliRun run = CliRun.of("validate", scenario.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(
                        "old.yaml line 12, field shocks[0].capacity_per_year: deprecated. Write capacity: 5000 t/yr.");
        assertThat(run.out()).contains("capacity: 5000 t/yr");
    }

    private static String scenario(String baseline) {
        return String.join(
                "\n",
                "kind: scenario",
                "version: 1",
                "name: mine",
                "question: \"What if?\"",
                "baseline: " + baseline,
                "start: 2026-01",
                "months: 3",
                "elasticities: {substitution: 8, demand: 0.2, supply: 0.5}",
                "shocks:",
                "  - instrument: export-ban",
                "    exporter: CHN",
                "    importers: [KOR, USA]",
                "");
    }

    @Test
    void validateAndRunSayWhichFiguresDrawsTakeFromWhere(@TempDir Path dir) {
        CliRun validate = CliRun.of("validate", "../scenarios/kazakh-winter-gas-halt.yaml");
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out())
                .contains("Figures where sources disagree or give a range")
                .contains("alternatives 4,160,000 (stated) | 4,300,000 | 6,000,000")
                .contains("range 168,897,000-179,031,000")
                .contains("International Trader Publications");

        CliRun run = CliRun.of(
                "run",
                "kazakh-winter-gas-halt",
                "--draws",
                "20",
                "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("What the draws drew")
                .contains("elasticities.substitution")
                .contains("china-gas-2024 USA -> CHN");
        assertThat(dir.resolve("out/drawn.csv")).content().contains("china-gas-2024 CHN -> CHN");

        CliRun single = CliRun.of(
                "run",
                "kazakh-winter-gas-halt",
                "--draws",
                "0",
                "--out",
                dir.resolve("one").toString());
        assertThat(single.out()).doesNotContain("What the draws drew");
        assertThat(dir.resolve("one/drawn.csv")).doesNotExist();
    }
}
