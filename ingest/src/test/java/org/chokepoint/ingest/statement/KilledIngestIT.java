package org.chokepoint.ingest.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder ingest killed while it writes its second batch keeps the first batch whole and nothing of the second: each
 * batch is one transaction.
 */
class KilledIngestIT {

    @TempDir
    Path directory;

    @Test
    void killedIngestKeepsTheBatchesBeforeAndNothingOfTheOneItWasWriting() throws Exception {
        Path file = directory.resolve("kb.duckdb");
        Path first = News.fixture("china-rare-earth-reserves.txt");
        Path second = News.fixture("kazakh-trade-two-statistics.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledIngestChild.class.getName(),
                file.toString(),
                first.toString(),
                second.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        long committed = -1;
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
                if (line != null && line.startsWith("COMMITTED ")) {
                    committed = Long.parseLong(line.substring("COMMITTED ".length()));
                }
            } while (line != null && !line.startsWith("WRITING"));
            assertThat(line).as("the child started writing the second batch").startsWith("WRITING");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(committed).as("the first batch stored statements").isPositive();
        try (DuckDbStore store = DuckDbStore.open(file)) {
            assertThat(store.count()).isEqualTo(committed);
            assertThat(store.find(StatementQuery.all()).stream()
                            .map(s -> s.source().id())
                            .distinct())
                    .as("only the first article's statements")
                    .singleElement()
                    .satisfies(id -> assertThat(id).startsWith("news-"));
        }
    }
}
