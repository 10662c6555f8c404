package org.chokepoint.ingest.check;

import java.util.List;
import java.util.Objects;
import org.chokepoint.ingest.statement.StatedClaim;
import org.chokepoint.knowledge.Statement;

/**
 * A figure with its verdict and the statements behind it: those that agree and those that differ, from the knowledge
 * base or from the same article (then their source is the article's own).
 *
 * @param stated the claim and its statement
 * @param verdict conflicting if any statement differs, else corroborated if any agrees, else new
 * @param agreeing statements of the same fact with the same value (within {@link Agreement#TOLERANCE} or a range)
 * @param conflicting statements of the same fact with another value
 * @param note why a new figure could not be compared, or what it was compared with (another entity named near it,
 *     the period an undated figure was read in), or empty
 */
public record CheckedClaim(
        StatedClaim stated, Verdict verdict, List<Statement> agreeing, List<Statement> conflicting, String note) {

    public CheckedClaim {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(verdict, "verdict");
        agreeing = List.copyOf(agreeing);
        conflicting = List.copyOf(conflicting);
        Objects.requireNonNull(note, "note");
    }

    static CheckedClaim of(StatedClaim stated, List<Statement> agreeing, List<Statement> conflicting, String note) {
        Verdict verdict =
                !conflicting.isEmpty() ? Verdict.CONFLICTING : !agreeing.isEmpty() ? Verdict.CORROBORATED : Verdict.NEW;
        return new CheckedClaim(stated, verdict, agreeing, conflicting, note);
    }

    static CheckedClaim uncompared(StatedClaim stated, String why) {
        return new CheckedClaim(stated, Verdict.NEW, List.of(), List.of(), why);
    }
}
