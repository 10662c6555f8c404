package org.chokepoint.knowledge.importer;

import java.util.List;
import java.util.stream.Collectors;

/** One row of a CSV file with the line it starts on (1-based), for error reports. */
public record CsvRow(int line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a 0-based column, or "" when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The row as CSV text without its trailing empty cells: the quote a statement keeps. */
    public String text() {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end).stream().map(CsvRow::quote).collect(Collectors.joining(","));
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? '"' + cell.replace("\"", "\"\"") + '"'
                : cell;
    }
}
