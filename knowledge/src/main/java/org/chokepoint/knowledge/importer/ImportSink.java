package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;

/**
 * Where an importer puts what it reads, row by row, so that a store can write a large file in chunks instead of holding
 * all of it ({@link Importer#read(Path, ImportSink)}).
 */
public interface ImportSink {

    void statement(Statement statement);

    void problem(RowProblem problem);

    /** A sink that keeps everything, for a whole {@link ImportBatch}. */
    static Collecting collecting() {
        return new Collecting();
    }

    /** Keeps what it is given, in order. */
    final class Collecting implements ImportSink {
        private final List<Statement> statements = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();

        private Collecting() {}

        @Override
        public void statement(Statement statement) {
            statements.add(statement);
        }

        @Override
        public void problem(RowProblem problem) {
            problems.add(problem);
        }

        public ImportBatch batch(String kind, Path file) {
            return new ImportBatch(kind, file, statements, problems);
        }
    }
}
