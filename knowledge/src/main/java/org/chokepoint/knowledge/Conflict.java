package org.chokepoint.knowledge;

import java.util.List;

/**
 * Statements from different sources that give different values for the same fact (same subject,
 * property, good, counterpart and period). All of them stay; this only puts them side by side.
 *
 * @param kind the same fact stated twice, or the two sides of one trade flow (mirror flows)
 * @param factKey what they are about, see {@link Statement#factKey()} and {@link Statement#flowKey()}
 * @param statements the disagreeing statements, ordered by source
 * @param spread the largest relative difference between their central values (0.1 = 10%)
 */
public record Conflict(Kind kind, String factKey, List<Statement> statements, double spread) {

    /** What the disagreeing statements have in common. */
    public enum Kind {
        /** The same subject, property, good, counterpart and period. */
        SAME_FACT,
        /** One trade flow as its importer and its exporter report it (CIF against FOB, timing, coverage). */
        MIRROR_FLOWS
    }

    public Conflict {
        statements = List.copyOf(statements);
    }

    /** A statement standing for the fact, for labels. */
    public Statement first() {
        return statements.get(0);
    }
}
