package org.chokepoint.knowledge.importer;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
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
        List<CsvRow> rows = new ArrayList<>();
        forEachRow(file, rows::add);
        return rows;
    }

    /**
     * Gives each row, the header included, to {@code action} in file order as it is read, holding one
     * row at a time: for files too large to hold whole. The file is checked first as {@link #read}
     * says (strict UTF-8, no NUL byte, no control character), a buffer at a time, and must hold at
     * least a header.
     */
    public static void forEachRow(Path file, Consumer<CsvRow> action) {
        TextFiles.check(file);
        boolean[] any = new boolean[1];
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parse(file.toString(), withoutBom(reader), row -> {
                any[0] |= !row.isBlank();
                action.accept(row);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!any[0]) {
            throw new IllegalArgumentException(file + ": the file is empty; expected a header and rows");
        }
    }

    /**
     * Reads a table row by row: its header (the first non-blank row) through {@code header}, then each
     * later non-blank row given to {@code action} with it. Returns the header; a file without one is
     * refused as empty.
     */
    public static <H> H forEachRecord(Path file, Function<CsvRow, H> header, BiConsumer<H, CsvRow> action) {
        List<H> read = new ArrayList<>(1);
        forEachRow(file, row -> {
            if (row.isBlank()) {
                return;
            }
            if (read.isEmpty()) {
                read.add(header.apply(row));
            } else {
                action.accept(read.get(0), row);
            }
        });
        return read.get(0);
    }

    static List<CsvRow> parse(String name, String text) {
        List<CsvRow> rows = new ArrayList<>();
        try (Reader reader = withoutBom(new StringReader(text))) {
            parse(name, reader, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** The reader after a byte-order mark, if the text starts with one. */
    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /**
     * Parses CSV from the reader. A read failure (such as a byte that is not UTF-8) is an IOException; a malformed CSV
     * is an IllegalArgumentException naming the file.
     */
    private static void parse(String name, Reader reader, Consumer<CsvRow> action) throws IOException {
        CsvParser parser;
        try {
            parser = (CsvParser) MAPPER.getFactory().createParser(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot parse " + name + " as CSV: " + e.getMessage(), e);
        }
        try (parser) {
            // Each row is an array (inside one that wraps the file); a row's line is the reader's
            // position when its array starts.
            int line = 0;
            List<String> cells = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    line = parser.currentLocation().getLineNr();
                    cells = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    action.accept(new CsvRow(line, cells));
                    cells = null;
                } else if (cells != null) {
                    cells.add(Objects.requireNonNullElse(parser.getText(), ""));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot parse " + name + " as CSV: " + e.getMessage(), e);
        }
    }
}
