package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommoditiesCommandTest {

    @Test
    void rareEarthChainFromConcentrateToMagnetsWithHsCodesAndIndustries() {
        CliRun run = CliRun.of("commodities", "rare-earths");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("ree-concentrate", "ree-compounds", "ree-metals", "ndfeb-magnets")
                .contains("HS 2846.90", "HS 2805.30", "HS 8505.11")
                .contains("Electric vehicle traction motors", "Wind turbines");
        assertThat(run.out().indexOf("ree-concentrate")).isLessThan(run.out().indexOf("ndfeb-magnets"));
    }

    @Test
    void everyCoefficientShownSaysItsSourceOrAssumption() {
        CliRun run = CliRun.of("commodities", "rare-earths");

        List<String> lines = run.out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" needs ")) {
                assertThat(lines.get(i + 1)).containsAnyOf("assumption: ", "source [");
            }
        }
        assertThat(run.out()).contains("Sources:", "[1] ");
    }

    @Test
    void listsAllChains() {
        CliRun run = CliRun.of("commodities");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("rare-earths", "lng", "barley", "2711.11");
    }

    @Test
    void unknownChainNamesTheKnownOnes() {
        CliRun run = CliRun.of("commodities", "unobtainium");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown chain 'unobtainium'", "Known chains: rare-earths");
    }
}
