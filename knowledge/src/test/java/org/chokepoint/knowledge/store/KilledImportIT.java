package org.chokepoint.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.importer.UsgsMcsWorldImporter;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of an import leaves the store exactly as it was. */
class KilledImportIT {

    @TempDir
    Path directory;

    @Test
    void killedImportLeavesTheStoreAsItWas() throws Exception {
        Path file = directory.resolve("kb.duckdb");
        long before;
        try (DuckDbStore store = DuckDbStore.open(file)) {
            UsgsMcsWorldImporter usgs = new UsgsMcsWorldImporter(ReferenceData.load());
            store.store(usgs.read(Fixtures.file("usgs/2024/mcs2024-raree_world.csv")), false);
            before = store.count();
        }

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledImportChild.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.startsWith("WRITING"));
            assertThat(line).as("the child started writing").startsWith("WRITING");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (DuckDbStore store = DuckDbStore.open(file)) {
            assertThat(store.count()).isEqualTo(before);
        }
    }
}
