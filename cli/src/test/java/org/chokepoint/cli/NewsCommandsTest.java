package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check and ingest on the ingest module's fixture articles, against the bundled world or a store of their own. */
class NewsCommandsTest {

    private static final Path FIXTURES = Path.of("..", "ingest", "src", "test", "resources", "check");
    private static final String RESERVES =
            FIXTURES.resolve("china-rare-earth-reserves.txt").toString();
    private static final String TRADE =
            FIXTURES.resolve("kazakh-trade-two-statistics.txt").toString();

    @TempDir
    Path directory;

    private String store() {
        return directory.resolve("news.duckdb").toString();
    }

    @Test
    void checkNamesTheUsgsFigureAReserveFigureConflictsWith() {
        CliRun run =
                CliRun.of("check", RESERVES, "--data", Path.of("..", "data").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("1 figure(s) checked against the bundled world", "0 corroborated, 1 conflicting, 0 new")
                .contains("CONFLICTING  50,000,000 t (est.)  (reserves, China (CHN), rare-earths, 2023-12)")
                .contains("中國稀土儲量約為[5000萬噸]，居世界首位。")
                .contains("≠ 44,000,000 t, 2023, from U.S. Geological Survey", "[usgs-mcs-2024-raree-world]")
                .contains("\"MCS2024,China,");
    }

    @Test
    void checkReportsTwoFiguresOfOneArticleThatDisagree() {
        CliRun.of("ingest", RESERVES, "--store", store());

        CliRun run = CliRun.of("check", TRADE, "--store", store());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("checked against the knowledge base " + store())
                .contains(
                        "CONFLICTING  41,000,000,000 USD (est.)  (trade_value, China (CHN) with Kazakhstan (KAZ), 2024)")
                .contains("≠ 31,500,000,000 USD (est.), 2024, from this article, line 7")
                .contains("≠ 41,000,000,000 USD (est.), 2024, from this article, line 6")
                .contains("\"不過，按照哈薩克國家統計局的數據，2024年中國與哈薩克雙邊貿易額約為315億美元。\"");
    }

    @Test
    void ingestStoresTheFiguresOnceAndFactsShowThemWithTheArticleAsSource() {
        CliRun first = CliRun.of("ingest", FIXTURES.toString(), "--store", store());
        CliRun again = CliRun.of("ingest", RESERVES, TRADE, "--store", store());
        CliRun facts = CliRun.of("facts", "CHN", "--property", "trade_value", "--store", store());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                // the reserve figure and the article's dated event; its year dates the figure, not an event
                .contains("china-rare-earth-reserves.txt: 2 new, 0 already known, 1 claim(s) skipped")
                .containsPattern("Ingested 2 article\\(s\\) into .*: \\d+ new statements, 0 already known");
        assertThat(again.out()).contains("0 new statements");
        assertThat(facts.out())
                .containsPattern(
                        "trade_value +- +KAZ +2024 +41,000,000,000 USD \\(est.\\) +news-kazakh-trade-two-statistics-")
                .contains("31,500,000,000 USD");
    }

    @Test
    void aGarbledFileAmongGoodOnesStoresNothingAndIsNamed() throws IOException {
        CliRun good = CliRun.of("ingest", RESERVES, "--store", store());
        long before;
        try (DuckDbStore knowledge = DuckDbStore.open(Path.of(store()))) {
            before = knowledge.count();
        }
        Path garbled = directory.resolve("big5.txt");
        Files.write(garbled, "哈薩克鎢礦儲量約為三十萬噸。".getBytes(Charset.forName("Big5")));

        CliRun run = CliRun.of("ingest", TRADE, garbled.toString(), "--store", store());

        assertThat(good.exitCode()).isZero();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("big5.txt: not UTF-8 at line 1 (byte offset 0")
                .contains("Nothing was stored: 1 of 2 file(s) could not be read as articles.");
        try (DuckDbStore knowledge = DuckDbStore.open(Path.of(store()))) {
            assertThat(knowledge.count()).isEqualTo(before);
        }
    }

    @Test
    void checkAgainstAStoreThatDoesNotExistSaysSoAndCreatesNothing() {
        CliRun run = CliRun.of("check", TRADE, "--store", store());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No knowledge base at " + store());
        assertThat(Path.of(store())).doesNotExist();
    }

    @Test
    void checkOfAnEmptyFileSaysSo() throws IOException {
        Path empty = Files.writeString(directory.resolve("empty.txt"), "");

        CliRun run = CliRun.of("check", empty.toString(), "--store", store());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt: the file is empty");
    }
}
