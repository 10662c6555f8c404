package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the bundled world in data/ of this checkout. */
class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void briefingFromTheBundledWorldWithAReportOfEverySource() throws IOException {
        Path report = folder.resolve("briefing.html");

        CliRun run = CliRun.of("demo", "--data", Path.of("..", "data").toString(), "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Most concentrated stages",
                        "Importers most dependent on one supplier",
                        "Where sources disagree")
                .containsPattern("gallium/gallium-metal +2023 .*China 98.4%")
                .containsPattern("South Korea +graphite/natural-graphite +2023 +China +96.8%")
                .contains("-58%", "-55%")
                .contains("china-magnet-export-ban: What if China bans NdFeB magnet exports", "Largest shortfalls")
                .containsPattern("KOR +2026-01 +8\\d\\.\\d%");
        assertThat(folder.resolve("chokepoint-scenario").resolve("markets.csv")).exists();
        assertThat(Files.readString(
                        folder.resolve("chokepoint-scenario").resolve("baseline.csv"), StandardCharsets.UTF_8))
                .contains("Korea International Trade Association");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>Sources</h2>", "U.S. Geological Survey", "UN Comtrade", "較一年前銳減 58%");
    }
}
