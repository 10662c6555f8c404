package org.chokepoint.knowledge.store;

import java.util.List;
import java.util.Optional;
import org.chokepoint.knowledge.RowProblem;

/**
 * The outcome of storing one import batch: how many statements were new, how many were already
 * known (their last-seen time is updated), the rows that could not be read or contradict the
 * file's other rows, and, for a changed file imported again, the new version of its source.
 */
public record ImportReport(
        String kind, String file, int added, int alreadyKnown, List<RowProblem> problems, Optional<Revision> revision) {

    public ImportReport {
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(revision, "revision");
    }
}
