package org.chokepoint.knowledge;

import java.util.List;

/**
 * Statements from different sources that give different values for the same fact (same subject,
 * property, good, counterpart and period). All of them stay; this only puts them side by side.
 *
 * @param factKey what they are about, see {@link Statement#factKey()}
 * @param statements the disagreeing statements, ordered by source
 * @param spread the largest relative difference between their central values (0.1 = 10%)
 */
public record Conflict(String factKey, List<Statement> statements, double spread) {

    public Conflict {
        statements = List.copyOf(statements);
    }

    /** A statement standing for the fact, for labels. */
    public Statement first() {
        return statements.get(0);
    }
}
