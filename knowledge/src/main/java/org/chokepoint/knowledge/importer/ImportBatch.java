package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;

/** What one file gave: its statements, and the rows that could not be read, with where and why. */
public record ImportBatch(String kind, Path file, List<Statement> statements, List<RowProblem> problems) {

    public ImportBatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }
}
