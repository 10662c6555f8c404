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

    @Test
    void aRunYearsAfterItsBaselineSaysWhatItCarriesForwardAndWhoSentLess() {
        CliRun later = CliRun.of("run", "power-of-siberia-2", "--draws", "0");
        CliRun soon = CliRun.of("run", "russia-car-recycling-fee", "--draws", "0");
        CliRun ban = CliRun.of("run", "china-magnet-export-ban", "--draws", "0");

        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out())
                .contains("carried forward: the baseline is 2024's market run from 2031-01")
                .contains("RUS, all its regions together (RUS/pipeline, RUS/lng, RUS/arctic-lng-2): net +USD");
        assertThat(soon.out()).as("a 2025 run on 2024's market").doesNotContain("carried forward");
        assertThat(ban.out())
                .contains("carried forward: the baseline is 2024's market run from 2026-01")
                .containsPattern("KOR +2026-01 +89\\.8% .* CHN 87\\.9% -> 0\\.0%");
    }
}
