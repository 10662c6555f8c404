package org.chokepoint.knowledge.store;

import java.util.List;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;

/**
 * A file imported again with changed values: its source gets a new version, dated by the import,
 * and both versions are kept, so a revised figure never sits silently beside the old one under
 * one source.
 *
 * @param previous the version the file was compared with (the source itself, or its last version)
 * @param version the new version the file is stored as
 * @param changes the facts whose values changed
 * @param added how many facts the earlier version did not state
 * @param dropped how many facts of the earlier version the file no longer states
 */
public record Revision(Source previous, Source version, List<Change> changes, int added, int dropped) {

    public Revision {
        changes = List.copyOf(changes);
    }

    /** One fact with its value in the earlier version and in the file now. */
    public record Change(Statement before, Statement after, String file, int line) {

        /** The change as a problem of its row, for refusing a strict import. */
        public RowProblem problem() {
            return new RowProblem(
                    file,
                    line,
                    0,
                    "",
                    "changed since " + before.source().id() + " was imported: " + after.factLabel() + " was "
                            + before.value().canonical() + ", now "
                            + after.value().canonical());
        }
    }
}
