package org.chokepoint.knowledge.store;

import java.util.List;
import java.util.stream.Collectors;
import org.chokepoint.knowledge.RowProblem;

/** A strict import found bad rows, so nothing was stored; the message lists them. */
public final class ImportRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;

    public ImportRefusedException(List<RowProblem> problems) {
        super("Nothing was stored: the file has " + problems.size() + " bad row(s) and the import is strict."
                + System.lineSeparator()
                + problems.stream()
                        .limit(20)
                        .map(RowProblem::toString)
                        .collect(Collectors.joining(System.lineSeparator()))
                + (problems.size() > 20 ? System.lineSeparator() + "... and " + (problems.size() - 20) + " more" : "")
                + System.lineSeparator()
                + "Fix the rows, or import without --strict to store the good rows and report the bad ones.");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
