package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    @Test
    void rowsKnowTheLineTheyStartOnEvenAfterAMultiLineCell() {
        List<CsvRow> rows = CsvFiles.parse("t.csv", "a,b\n\"x\ny\",2\n3,4\n");

        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cell(0)).isEqualTo("x\ny");
    }

    @Test
    void aFileReadRowByRowGivesTheRowsOfTheWholeFileWithoutItsByteOrderMark(@TempDir Path folder) throws IOException {
        String text = "\uFEFFa,b\n\"x\ny\",2\n3,4\n";
        Path file = Files.writeString(folder.resolve("t.csv"), text);
        List<CsvRow> rows = new ArrayList<>();

        CsvFiles.forEachRow(file, rows::add);

        assertThat(rows).isEqualTo(CsvFiles.parse("t.csv", text));
        assertThat(rows.get(0).cells()).containsExactly("a", "b");
        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 4);
    }

    @Test
    void rowTextQuotesCellsThatNeedItAndDropsTrailingEmptyCells() {
        CsvRow row = new CsvRow(2, List.of("MCS2024", "China", "Rare earths, mine production", "240000", "", ""));

        assertThat(row.text()).isEqualTo("MCS2024,China,\"Rare earths, mine production\",240000");
    }
}
