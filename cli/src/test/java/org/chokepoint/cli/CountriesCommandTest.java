package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"哈薩克", "哈萨克斯坦", "kazakhstan", "KZ"})
    void findsKazakhstanWithItsThreeNames(String search) {
        CliRun run = CliRun.of("countries", "--search", search);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("KAZ", "Kazakhstan", "哈萨克斯坦", "哈薩克").doesNotContain("CHN");
    }

    @Test
    void mainlandIsChina() {
        CliRun run = CliRun.of("countries", "--search", "大陸");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CHN", "China", "中国", "中國");
    }

    @Test
    void noMatchIsAnErrorWithAdvice() {
        CliRun run = CliRun.of("countries", "--search", "Atlantis");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No country matches 'Atlantis'", "Try a code");
    }

    @Test
    void withoutSearchListsThemAll() {
        CliRun run = CliRun.of("countries");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().count()).isGreaterThan(240);
    }
}
