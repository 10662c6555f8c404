package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;

/**
 * What one file gave: its statements, the rows that could not be read, with where and why, and
 * warnings about what was not read but is no fault of a row (e.g. columns the importer does not know).
 */
public record ImportBatch(
        String kind, Path file, List<Statement> statements, List<RowProblem> problems, List<String> warnings) {

    public ImportBatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A batch without warnings. */
    public ImportBatch(String kind, Path file, List<Statement> statements, List<RowProblem> problems) {
        this(kind, file, statements, problems, List.of());
    }
}
