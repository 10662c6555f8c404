package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsTheCommandsWithExamples() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: chokepoint", "generate-completion", "Examples:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionNamesTheReleaseAndTheJava() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("chokepoint ").contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void unknownOptionFailsOnStderrWithAFix() {
        CliRun run = CliRun.of("--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unknown option: '--bogus'", "chokepoint --help");
    }

    @Test
    void misspelledCommandSuggestsTheRightOne() {
        CliRun run = CliRun.of("generate-completon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean", "generate-completion");
    }

    @Test
    void completionScriptIsPrintedToStdout() {
        CliRun run = CliRun.of("generate-completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F", "chokepoint");
    }
}
