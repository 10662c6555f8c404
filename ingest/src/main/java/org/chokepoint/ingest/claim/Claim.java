package org.chokepoint.ingest.claim;

import java.util.Objects;
import java.util.Optional;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.time.PartialDate;

/**
 * One claim an article makes: a figure (a quantity of some property of some subject) or a dated event. It keeps the
 * evidence as a span of the original text, so the quote can always be shown in place.
 *
 * @param kind a quantity or an event
 * @param quantity the figure, for quantity claims
 * @param property what the figure measures, from the knowledge base's vocabulary ("price", "share", "trade_value") or
 *     "other" where no word in the clause says
 * @param subject what the claim is about, when a known or candidate entity stands near it
 * @param date when the figure holds or the event happened, as precisely as the text says
 * @param evidence the phrase holding the figure, or the clause holding the event's date
 * @param what for events, the clause that says what happened
 */
public record Claim(
        Kind kind,
        Optional<QuantityMention> quantity,
        String property,
        Optional<Subject> subject,
        Optional<PartialDate> date,
        Span evidence,
        String what) {

    /** The two kinds of claim. */
    public enum Kind {
        QUANTITY,
        EVENT
    }

    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(what, "what");
        if (kind == Kind.QUANTITY && quantity.isEmpty()) {
            throw new IllegalArgumentException("A quantity claim needs its figure");
        }
    }
}
