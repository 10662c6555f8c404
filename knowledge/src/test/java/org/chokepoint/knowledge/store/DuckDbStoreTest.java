package org.chokepoint.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.importer.UsgsMcsWorldImporter;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest {

    private static UsgsMcsWorldImporter usgs;

    @TempDir
    Path directory;

    @BeforeAll
    static void load() {
        usgs = new UsgsMcsWorldImporter(ReferenceData.load());
    }

    private static ImportBatch batch(String fixture) {
        return usgs.read(Fixtures.file("usgs/" + fixture));
    }

    @Test
    void statementsComeBackAsTheyWentIn() {
        ImportBatch batch = batch("2024/mcs2024-raree_world.csv");
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            ImportReport report = store.store(batch, false);

            assertThat(report.added()).isEqualTo(batch.statements().size());
            List<Statement> found = store.find(StatementQuery.all());
            assertThat(found).containsExactlyInAnyOrderElementsOf(batch.statements());
        }
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        ImportBatch batch = batch("2024/mcs2024-raree_world.csv");
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            store.store(batch, false);
            long count = store.count();

            ImportReport again = store.store(batch("2024/mcs2024-raree_world.csv"), false);

            assertThat(again.added()).isZero();
            assertThat(again.alreadyKnown()).isEqualTo(batch.statements().size());
            assertThat(store.count()).isEqualTo(count);
        }
    }

    @Test
    void strictImportOfAFileWithBadRowsStoresNothing() {
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            store.store(batch("2024/mcs2024-raree_world.csv"), false);
            long before = store.count();

            assertThatThrownBy(() -> store.store(batch("bad/mcs2024-graph_world.csv"), true))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("line 3, column 2 (Country)")
                    .hasMessageContaining("line 4, column 4 (Prod_t_2022)");
            assertThat(store.count()).isEqualTo(before);
        }
    }

    @Test
    void lenientImportStoresTheGoodRowsAndReportsTheBadOnes() {
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            ImportReport report = store.store(batch("bad/mcs2024-graph_world.csv"), false);

            assertThat(report.problems()).hasSize(2);
            assertThat(store.find(
                            StatementQuery.all().withSubject("COUNTRY:CHN").withProperty(Property.PRODUCTION)))
                    .hasSize(2);
        }
    }

    @Test
    void aFailureHalfWayRollsBackTheWholeImport() {
        ImportBatch batch = batch("2024/mcs2024-raree_world.csv");
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            ImportBatch big = new ImportBatch(batch.kind(), batch.file(), repeat(batch), List.of());
            assertThatThrownBy(() -> store.store(big, false, written -> {
                        throw new IllegalStateException("disk full");
                    }))
                    .hasMessageContaining("disk full");
            assertThat(store.count()).as("nothing of the failed import is left").isZero();
            assertThat(store.store(batch, false).added())
                    .as("and the store still works")
                    .isEqualTo(batch.statements().size());
        }
    }

    @Test
    void severalBatchesAreStoredTogetherOrNotAtAll() {
        ImportBatch first = batch("2023/mcs2023-raree_world.csv");
        ImportBatch second = batch("2024/mcs2024-raree_world.csv");
        ImportBatch failing = new ImportBatch(second.kind(), second.file(), repeat(second), List.of());
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            assertThatThrownBy(() -> store.storeAll(List.of(first, failing), false, written -> {
                        throw new IllegalStateException("disk full");
                    }))
                    .hasMessageContaining("disk full");
            assertThat(store.count())
                    .as("the first batch is rolled back with the second")
                    .isZero();

            List<ImportReport> reports = store.storeAll(List.of(first, second), false, ImportProgress.NONE);

            assertThat(reports)
                    .extracting(ImportReport::added)
                    .containsExactly(
                            first.statements().size(), second.statements().size());
            assertThat(store.count())
                    .isEqualTo(first.statements().size() + second.statements().size());
        }
    }

    @Test
    void aStoreFileKeepsItsStatementsAndSchemaVersion() {
        Path file = directory.resolve("kb.duckdb");
        try (DuckDbStore store = DuckDbStore.open(file)) {
            store.store(batch("2023/mcs2023-raree_world.csv"), false);
        }
        try (DuckDbStore store = DuckDbStore.open(file)) {
            assertThat(store.count()).isPositive();
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    /** More distinct statements than the progress threshold, so the failure comes half-way. */
    private static List<Statement> repeat(ImportBatch batch) {
        return java.util.stream.IntStream.range(0, ImportProgress.EVERY + 1)
                .mapToObj(i -> {
                    Statement s = batch.statements().get(i % batch.statements().size());
                    return Statement.of(
                            s.subject(),
                            s.property(),
                            s.good(),
                            s.counterpart(),
                            s.period(),
                            new Value.Text("row " + i),
                            s.estimate(),
                            s.note(),
                            s.source(),
                            s.quote(),
                            s.language());
                })
                .toList();
    }
}
