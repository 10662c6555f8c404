package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.SharedData;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every importer on the real files in ../shared/data: they read, store, and import again as nothing new. */
class SharedFilesIT {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "comtrade, comtrade-us-critical-minerals, 1000",
        "comtrade-bilateral, comtrade-2023-critical-minerals-bilateral, 12000",
        "gem-lng, gem-ggit-lng-terminals, 5000",
        "gem-pipelines, gem-ggit-pipelines, 10000",
        "opensanctions, opensanctions-ftm-sample, 50",
    })
    void importsTheSharedFiles(String kind, String folder, int atLeast) throws IOException {
        Path data = SharedData.require(folder);
        Importer importer = new Importers(ReferenceData.load()).require(kind);
        List<Path> files;
        try (Stream<Path> found = Files.walk(data)) {
            files = found.filter(Files::isRegularFile)
                    .filter(importer::reads)
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            int statements = 0;
            for (Path file : files) {
                ImportBatch batch = importer.read(file);
                assertThat(batch.problems()).as("problems in %s", file).allSatisfy(SharedFilesIT::located);
                statements += store.store(batch, false).added();
                ImportReport again = store.store(importer.read(file), false);
                assertThat(again.added())
                        .as("a second import of %s adds nothing", file)
                        .isZero();
            }
            assertThat(statements).isGreaterThanOrEqualTo(atLeast);
            assertThat(store.find(org.chokepoint.knowledge.store.StatementQuery.all()))
                    .allSatisfy(SharedFilesIT::sourced);
        }
    }

    private static void located(RowProblem problem) {
        assertThat(problem.line()).isPositive();
        assertThat(problem.file()).isNotBlank();
        assertThat(problem.message()).isNotBlank();
    }

    private static void sourced(Statement statement) {
        assertThat(statement.source().publisher()).isNotBlank();
        assertThat(statement.quote()).isNotBlank();
        if (statement.property() == Property.CAPACITY) {
            assertThat(statement.measured()).isPresent();
        }
    }
}
