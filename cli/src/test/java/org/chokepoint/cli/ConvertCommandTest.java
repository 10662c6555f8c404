package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConvertCommandTest {

    @Test
    void lngCapacityToGasVolumeShowsTheFactorAndItsSource() {
        CliRun run = CliRun.of("convert", "6.6 Mtpa LNG", "--to", "m3/yr");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("6.6 Mt/yr of LNG = 8,976,000,000 m3/yr")
                .contains("factor: 1 Mt LNG = 1.36 bcm natural gas")
                .contains("source: Energy Institute, Statistical Review of World Energy");
    }

    @Test
    void massToMoneyFailsWithAClearError() {
        CliRun run = CliRun.of("convert", "5 t", "--to", "USD");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: Cannot convert 5 t (mass) to USD", "Convert to another unit of mass");
    }

    @Test
    void unknownTargetUnitSuggestsOnes() {
        CliRun run = CliRun.of("convert", "5 t", "--to", "tonnez");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown unit 'tonnez'", "Maybe you meant");
    }

    @Test
    void rangesConvertAtBothEnds() {
        CliRun run = CliRun.of("convert", "30-40%", "--to", "ratio");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("30-40% = 0.3 to 0.4 ratio");
    }
}
