package org.chokepoint.ingest.statement;

import java.util.Objects;
import java.util.Optional;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Statement;

/**
 * A claim as the knowledge base would hold it: the statement it makes, or why it cannot be one (the reason is shown,
 * never dropped silently).
 *
 * @param claim the claim
 * @param sentence the sentence holding its evidence, the statement's quote
 * @param statement the statement, when the vocabulary can hold the claim
 * @param skipped why not, when it cannot
 */
public record StatedClaim(Claim claim, Span sentence, Optional<Statement> statement, Optional<Skip> skipped) {

    /**
     * Why a claim is not stored.
     *
     * @param field what it lacks: kind, property, subject or unit
     * @param reason a sentence for people
     */
    public record Skip(String field, String reason) {}

    public StatedClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(skipped, "skipped");
        if (statement.isPresent() == skipped.isPresent()) {
            throw new IllegalArgumentException("A stated claim has either a statement or a reason to skip it");
        }
    }

    static StatedClaim stored(Claim claim, Span sentence, Statement statement) {
        return new StatedClaim(claim, sentence, Optional.of(statement), Optional.empty());
    }

    static StatedClaim skipped(Claim claim, Span sentence, String field, String reason) {
        return new StatedClaim(claim, sentence, Optional.empty(), Optional.of(new Skip(field, reason)));
    }
}
