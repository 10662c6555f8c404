package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a CSV file by name, checked against the ones an importer needs and the ones it
 * knows it may skip; any other column is named in a warning, since it may hold figures the importer
 * does not read.
 */
record CsvHeader(Map<String, Integer> columns, Optional<String> warning) {

    /**
     * The header row's columns; fails naming the file, line and first missing required column.
     * Columns neither required nor in {@code skipped} are listed in the warning.
     */
    static CsvHeader of(CsvRow header, Path file, List<String> required, Set<String> skipped, String expected) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            columns.putIfAbsent(name, i);
            if (!name.isEmpty() && !required.contains(name) && !skipped.contains(name)) {
                unknown.add(name);
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException(file + " line " + header.line() + ": no column " + column
                        + " (required: " + String.join(", ", required) + "); is this " + expected + "?");
            }
        }
        return new CsvHeader(Map.copyOf(columns), unknownColumns(file.toString(), header.line(), unknown));
    }

    /** The warning for columns an importer does not know, if there are any. */
    static Optional<String> unknownColumns(String file, int line, List<String> unknown) {
        return unknown.isEmpty()
                ? Optional.empty()
                : Optional.of(file + " line " + line + ": column(s) not read, unknown to this importer: "
                        + String.join(", ", unknown));
    }

    /** The cell of a row in a column of this header. */
    String cell(CsvRow row, String column) {
        return row.cell(columns.get(column));
    }

    /** The 1-based number of a column, for row problems. */
    int number(String column) {
        return columns.get(column) + 1;
    }
}
