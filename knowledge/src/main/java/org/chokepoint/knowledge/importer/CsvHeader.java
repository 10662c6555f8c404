package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a CSV file by name, checked against the ones an importer needs. */
record CsvHeader(Map<String, Integer> columns) {

    /** The header row's columns; fails naming the file and the first missing column. */
    static CsvHeader of(CsvRow header, Path file, List<String> required, String expected) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.putIfAbsent(header.cell(i), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException(
                        file + " line " + header.line() + ": no column " + column + "; is this " + expected + "?");
            }
        }
        return new CsvHeader(Map.copyOf(columns));
    }
}
