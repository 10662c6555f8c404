package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    @Test
    void rowsKnowTheLineTheyStartOnEvenAfterAMultiLineCell() {
        List<CsvRow> rows = CsvFiles.parse("t.csv", "a,b\n\"x\ny\",2\n3,4\n");

        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cell(0)).isEqualTo("x\ny");
    }

    @Test
    void rowTextQuotesCellsThatNeedItAndDropsTrailingEmptyCells() {
        CsvRow row = new CsvRow(2, List.of("MCS2024", "China", "Rare earths, mine production", "240000", "", ""));

        assertThat(row.text()).isEqualTo("MCS2024,China,\"Rare earths, mine production\",240000");
    }
}
