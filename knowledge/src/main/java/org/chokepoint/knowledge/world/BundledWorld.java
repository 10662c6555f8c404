package org.chokepoint.knowledge.world;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.importer.Importer;
import org.chokepoint.model.text.TextFiles;

/**
 * The bundled world in {@code data/world}: {@code sources.jsonl} and {@code statements.jsonl},
 * derived from the public files by the importers (their figures and citations, with each quote
 * pointing at the file and line it came from) and loaded like any other import.
 */
public final class BundledWorld implements Importer {

    public static final String SOURCES = "sources.jsonl";
    public static final String STATEMENTS = "statements.jsonl";

    @Override
    public String kind() {
        return "world";
    }

    @Override
    public String description() {
        return "the bundled world: a folder with sources.jsonl and statements.jsonl (data/world)";
    }

    @Override
    public boolean reads(Path file) {
        return file.getFileName().toString().equals(STATEMENTS);
    }

    @Override
    public ImportBatch read(Path file) {
        Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        List<String> sourceLines = lines(folder.resolve(SOURCES));
        for (int i = 0; i < sourceLines.size(); i++) {
            if (sourceLines.get(i).isBlank()) {
                continue;
            }
            try {
                Source source = StatementJson.source(StatementJson.parse(sourceLines.get(i)));
                sources.put(source.id(), source);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(folder.resolve(SOURCES).toString(), i + 1, 0, "", e.getMessage()));
            }
        }
        List<Statement> statements = new ArrayList<>();
        Map<StatementId, Integer> lineOf = new HashMap<>();
        List<String> statementLines = lines(folder.resolve(STATEMENTS));
        for (int i = 0; i < statementLines.size(); i++) {
            if (statementLines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode node = StatementJson.parse(statementLines.get(i));
                Statement statement = StatementJson.statement(node, sources);
                statements.add(statement);
                lineOf.putIfAbsent(statement.id(), i + 1);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(folder.resolve(STATEMENTS).toString(), i + 1, 0, "", e.getMessage()));
            }
        }
        return new ImportBatch(kind(), folder.resolve(STATEMENTS), statements, problems, lineOf);
    }

    /** Writes the statements and their sources, sorted, so that regenerating gives the same files. */
    public static void write(List<Statement> statements, Path folder) {
        Map<String, Source> sources = new TreeMap<>();
        statements.forEach(s -> sources.putIfAbsent(s.source().id(), s.source()));
        List<Statement> sorted = new ArrayList<>(statements);
        sorted.sort(Comparator.comparing((Statement s) -> s.source().id()).thenComparing(s -> s.id().hex()));
        try {
            Files.createDirectories(folder);
            Files.write(
                    folder.resolve(SOURCES),
                    sources.values().stream().map(StatementJson::source).toList(),
                    StandardCharsets.UTF_8);
            Files.write(
                    folder.resolve(STATEMENTS),
                    sorted.stream().map(StatementJson::statement).toList(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bundled world to " + folder, e);
        }
    }

    /** The file's lines, blank ones included so that a line's index gives its number. */
    private static List<String> lines(Path file) {
        String text = TextFiles.read(file);
        TextFiles.refuseControlCharacters(file.toString(), text);
        return text.lines().toList();
    }
}
