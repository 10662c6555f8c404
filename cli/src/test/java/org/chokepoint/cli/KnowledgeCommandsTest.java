package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, facts, conflicts and risk against a store of their own, on small USGS-shaped files. */
class KnowledgeCommandsTest {

    @TempDir
    Path directory;

    private String store() {
        return directory.resolve("kb.duckdb").toString();
    }

    private static String fixtures(String folder) {
        try {
            return Path.of(KnowledgeCommandsTest.class
                            .getResource("/usgs/" + folder)
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void importReleases() {
        CliRun run = CliRun.of("import", "usgs-mcs", fixtures("2023"), fixtures("2024"), "--store", store());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void importReportsWhatItStoredAndAgainAddsNothing() {
        CliRun first = CliRun.of("import", "usgs-mcs", fixtures("2024"), "--store", store());
        CliRun second = CliRun.of("import", "usgs-mcs", fixtures("2024"), "--store", store());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("mcs2024-raree_world.csv: 14 new, 0 already known");
        assertThat(second.out()).contains("0 new statements, 14 already known; the store holds 14.");
    }

    @Test
    void strictImportOfABadFileFailsAndStoresNothing() {
        CliRun strict = CliRun.of("import", "usgs-mcs", fixtures("bad"), "--strict", "--store", store());
        CliRun lenient = CliRun.of("import", "usgs-mcs", fixtures("bad"), "--store", store());

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("Nothing was stored", "mcs2024-graph_world.csv line 3, column 2 (Country)");
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("5 new statements");
        assertThat(lenient.err()).contains("2 row(s) or column(s) could not be read", "line 4, column 4 (Prod_t_2022)");
    }

    @Test
    void factsListBothReleasesAsSources() {
        importReleases();

        CliRun run = CliRun.of("facts", "CHN", "--property", "production", "--good", "rare-earths", "--store", store());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("China (CHN)")
                .contains("usgs-mcs-2023-raree-world", "usgs-mcs-2024-raree-world")
                .contains("240,000 t (est.)");
    }

    @Test
    void conflictsShowRevisionsSideBySide() {
        importReleases();

        CliRun run = CliRun.of("conflicts", "--store", store());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("United States, production, rare-earths/ree-concentrate, 2022")
                .containsPattern("43,000 t \\(est.\\)  from .*Mineral Commodity Summaries 2023")
                .containsPattern("42,000 t \\(est.\\)  from .*Mineral Commodity Summaries 2024");
    }

    @Test
    void riskGivesSharesAndHhiAndNamesStagesWithoutData() {
        importReleases();

        CliRun run = CliRun.of("risk", "rare-earths", "--store", store());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Rare-earth ore concentrate, 2023: HHI")
                .containsPattern("China \\(CHN\\) +68.6%")
                .contains("no production or trade data for: ree-compounds, ree-metals, ndfeb-magnets");
    }

    @Test
    void factsAboutSomethingNotStoredSaysHowToImport() {
        importReleases();

        CliRun run = CliRun.of("facts", "KAZ", "--store", store());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("states nothing about KAZ", "chokepoint import usgs-mcs");
    }
}
