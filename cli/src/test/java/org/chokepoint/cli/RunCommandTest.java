package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code chokepoint run} on the shipped examples of this checkout (surefire passes chokepoint.home as the launcher does). */
class RunCommandTest {

    @Test
    void theGsimExamplePrintsTheReportedWorldPricesToFourDecimals() {
        CliRun run = CliRun.of("run", "../scenarios/examples/gsim-four-region-us-eu.yaml", "--draws", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("model gsim, 1 month from 2025-01", "World-price changes by exporter")
                .containsPattern("USA +0\\.0792\\R")
                .containsPattern("JPN +-0\\.0316\\R")
                .containsPattern("EU27 +0\\.0480\\R")
                .containsPattern("ROW +-0\\.0184\\R");
    }
}
