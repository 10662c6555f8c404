package org.chokepoint.knowledge.importer;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chokepoint.model.text.TextFiles;

/** Reads CSV files as rows that know their line numbers; a BOM is dropped. */
public final class CsvFiles {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvFiles() {}

    /**
     * Every row, the header included, in file order. The file must be UTF-8 text without control
     * characters (see {@link TextFiles}) and hold at least a header.
     */
    public static List<CsvRow> read(Path file) {
        String text = TextFiles.read(file);
        TextFiles.refuseControlCharacters(file.toString(), text);
        List<CsvRow> rows = parse(file.toString(), text);
        if (rows.stream().allMatch(CsvRow::isBlank)) {
            throw new IllegalArgumentException(file + ": the file is empty; expected a header and rows");
        }
        return rows;
    }

    static List<CsvRow> parse(String name, String text) {
        List<CsvRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text);
                CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(reader)) {
            // Each row is an array (inside one that wraps the file); a row's line is the reader's
            // position when its array starts.
            int line = 0;
            List<String> cells = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    line = parser.currentLocation().getLineNr();
                    cells = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    rows.add(new CsvRow(line, cells));
                    cells = null;
                } else if (cells != null) {
                    cells.add(Objects.requireNonNullElse(parser.getText(), ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot parse " + name + " as CSV: " + e.getMessage(), e);
        }
        return rows;
    }
}
