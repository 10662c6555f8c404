package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.chokepoint.knowledge.Contradiction;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;

/**
 * What one file gave: its statements (with the line each was read from, where the format has
 * lines), the rows that could not be read, with where and why, warnings about what was not read but
 * is no fault of a row (e.g. columns the importer does not know), and the values it contradicts
 * itself with. A batch built from a file's statements sifts them (see {@link Contradiction#sift}):
 * each contradiction is also one of its problems, so a strict import refuses the file and a lenient
 * one reports it.
 */
public record ImportBatch(
        String kind,
        Path file,
        List<Statement> statements,
        List<RowProblem> problems,
        List<String> warnings,
        List<Contradiction> contradictions,
        Map<StatementId, Integer> lines) {

    public ImportBatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        contradictions = List.copyOf(contradictions);
        lines = Map.copyOf(lines);
    }

    /** The line a statement of this batch was read from, or 0 when the format has no lines. */
    public int line(Statement statement) {
        return lines.getOrDefault(statement.id(), 0);
    }

    /** The batch of a file whose format has no lines, or whose importer does not say them, without warnings. */
    public ImportBatch(String kind, Path file, List<Statement> statements, List<RowProblem> problems) {
        this(kind, file, statements, problems, List.of(), Map.of());
    }

    /** The batch of a file, with the line each statement was read from, without warnings. */
    public ImportBatch(
            String kind,
            Path file,
            List<Statement> statements,
            List<RowProblem> problems,
            Map<StatementId, Integer> lines) {
        this(kind, file, statements, problems, List.of(), lines);
    }

    /** The batch of a file, with its warnings and the line each statement was read from. */
    public ImportBatch(
            String kind,
            Path file,
            List<Statement> statements,
            List<RowProblem> problems,
            List<String> warnings,
            Map<StatementId, Integer> lines) {
        this(kind, file, Contradiction.sift(file.toString(), statements, lines), problems, warnings, lines);
    }

    private ImportBatch(
            String kind,
            Path file,
            Contradiction.Sifted sifted,
            List<RowProblem> problems,
            List<String> warnings,
            Map<StatementId, Integer> lines) {
        this(
                kind,
                file,
                sifted.kept(),
                Stream.concat(
                                problems.stream(),
                                sifted.contradictions().stream().map(Contradiction::problem))
                        .toList(),
                warnings,
                sifted.contradictions(),
                lines);
    }
}
