package org.chokepoint.ingest.statement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chokepoint.ingest.text.LineCursor;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ImportBatch;

/**
 * An article's statements as one import batch; the claims it cannot store become the batch's problems, each naming the
 * file, the line and column of the figure, what it lacks and why.
 */
public final class NewsBatch {

    public static final String KIND = "news";

    private NewsBatch() {}

    public static ImportBatch of(Path file, String text, List<StatedClaim> claims) {
        List<Statement> statements = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        LineCursor positions = new LineCursor(text);
        for (StatedClaim c : claims) {
            c.statement().ifPresent(statements::add);
            c.skipped().ifPresent(skip -> {
                Span evidence = c.claim().evidence();
                problems.add(new RowProblem(
                        file.toString(),
                        positions.line(evidence.start()),
                        positions.column(evidence.start()),
                        skip.field(),
                        "'" + evidence.of(text) + "' not stored: " + skip.reason()));
            });
        }
        // Not sifted for contradictions: an article that quotes two offices' figures for one fact
        // reports a disagreement between them, which check shows; both figures are kept.
        return new ImportBatch(KIND, file, statements, problems, List.of(), List.of(), Map.of());
    }
}
