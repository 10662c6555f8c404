package org.chokepoint.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ComtradeRowsImporter;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file stored in chunks as it is read gives the same store and the same counts as the file read whole, across chunk
 * boundaries: a row repeated in a later chunk is not stored twice, and importing again adds nothing.
 */
class ChunkedImportTest {

    private static final ComtradeRowsImporter COMTRADE = new ComtradeRowsImporter(ReferenceData.load());

    @TempDir
    Path folder;

    /** Rows enough for more than two chunks (each gives a value and a weight), the first row repeated at the end. */
    private Path largeFile(String badRow) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("period,reporterCode,flowCode,partnerCode,partner2Code,cmdCode,customsCode,motCode,netWgt,"
                + "isNetWgtEstimated,primaryValue");
        for (int i = 0; i < DuckDbStore.CHUNK * 5 / 4; i++) {
            lines.add((1990 + i % 30) + ",842," + (i % 2 == 0 ? "M" : "X") + ",156,0,280530,C00,0," + (1000 + i)
                    + ".0,False," + (5000 + i) + ".0");
        }
        lines.add(lines.get(1));
        if (!badRow.isEmpty()) {
            lines.add(badRow);
        }
        return Files.write(folder.resolve("large_trade_data.csv"), lines);
    }

    @Test
    void chunksGiveTheSameStoreAndCountsAsTheWholeFile() throws IOException {
        Path file = largeFile("");
        ImportBatch whole = COMTRADE.read(file);
        try (DuckDbStore chunked = DuckDbStore.inMemory();
                DuckDbStore together = DuckDbStore.inMemory()) {
            ImportReport first = chunked.store(COMTRADE, file, false, ImportProgress.NONE);
            ImportReport expected = together.store(whole, false);

            assertThat(new HashSet<>(whole.statements()).size()).isGreaterThan(2 * DuckDbStore.CHUNK);
            assertThat(first.added()).isEqualTo(expected.added());
            assertThat(first.alreadyKnown()).isZero();
            assertThat(chunked.count()).isEqualTo(together.count());
            List<Statement> stored = chunked.find(StatementQuery.all());
            assertThat(stored).containsExactlyInAnyOrderElementsOf(together.find(StatementQuery.all()));

            ImportReport again = chunked.store(COMTRADE, file, false, ImportProgress.NONE);
            assertThat(again.added()).isZero();
            assertThat(again.alreadyKnown()).isEqualTo(first.added());
            assertThat(chunked.count()).isEqualTo(together.count());
        }
    }

    @Test
    void aStrictImportWithABadRowInItsLastChunkStoresNothing() throws IOException {
        Path file = largeFile("2023,842,M,156,0,280530,C00,0,12.0,False,twelve");
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            assertThatThrownBy(() -> store.store(COMTRADE, file, true, ImportProgress.NONE))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("large_trade_data.csv");
            assertThat(store.count()).isZero();

            ImportReport lenient = store.store(COMTRADE, file, false, ImportProgress.NONE);
            assertThat(lenient.problems()).singleElement().satisfies(p -> assertThat(p.field())
                    .isEqualTo("primaryValue"));
            assertThat(store.count()).isEqualTo(lenient.added());
        }
    }
}
