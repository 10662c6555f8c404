package org.chokepoint.knowledge.store;

import java.util.List;
import org.chokepoint.knowledge.RowProblem;

/**
 * The outcome of storing one import batch: how many statements were new, how many were already
 * known (their last-seen time is updated), and the rows that could not be read.
 */
public record ImportReport(String kind, String file, int added, int alreadyKnown, List<RowProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
