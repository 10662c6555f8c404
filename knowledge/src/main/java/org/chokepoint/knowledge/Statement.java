package org.chokepoint.knowledge;

import java.util.Objects;
import java.util.Optional;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;

/**
 * One value of one property of one subject, from one source, with the original text it was read
 * from. Entities are views assembled from statements; when two sources disagree, both statements
 * stay, side by side.
 *
 * @param id deterministic id, see {@link StatementId}
 * @param subject what it is about
 * @param property what it states, from a controlled vocabulary ({@link Property})
 * @param good the commodity and stage the figure counts, if any
 * @param counterpart the other party: the partner of a trade flow, the target of a sanction
 * @param period the period the value refers to
 * @param value the value
 * @param estimate whether the source marks it as an estimate
 * @param note the source's own note on the figure
 * @param source where it comes from
 * @param quote the original text (a CSV row, a sentence) it was read from
 * @param language the quote's language (BCP 47: en, zh-Hans, zh-Hant)
 */
public record Statement(
        StatementId id,
        Subject subject,
        Property property,
        Optional<Good> good,
        Optional<Subject> counterpart,
        Optional<PartialDate> period,
        Value value,
        boolean estimate,
        Optional<String> note,
        Source source,
        String quote,
        String language) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(language, "language");
    }

    /** Builds a statement, deriving its id from what identifies it. */
    public static Statement of(
            Subject subject,
            Property property,
            Optional<Good> good,
            Optional<Subject> counterpart,
            Optional<PartialDate> period,
            Value value,
            boolean estimate,
            Optional<String> note,
            Source source,
            String quote,
            String language) {
        StatementId id = StatementId.of(
                source.id(),
                subject.key(),
                property.key(),
                good.map(Good::key).orElse(""),
                counterpart.map(Subject::key).orElse(""),
                period.map(PartialDate::iso).orElse(""),
                value.canonical());
        return new Statement(
                id, subject, property, good, counterpart, period, value, estimate, note, source, quote, language);
    }

    /** The same statement from another source (a new version of its file), with the id that follows from it. */
    public Statement withSource(Source other) {
        return of(subject, property, good, counterpart, period, value, estimate, note, other, quote, language);
    }

    /** The central value of a measured statement (the middle of a range); empty for withheld or text values. */
    public Optional<Quantity> measured() {
        return value instanceof Value.Measured m ? Optional.of(m.amount().central()) : Optional.empty();
    }

    /**
     * For a trade flow, the flow itself whichever side reports it: exporter, importer, value or
     * quantity, good and period. An importer's imports from B and B's exports to the importer have
     * the same key (mirror flows).
     */
    public Optional<String> flowKey() {
        if (counterpart.isEmpty()) {
            return Optional.empty();
        }
        Subject other = counterpart.get();
        String goodKey = good.map(Good::key).orElse("");
        String when = period.map(PartialDate::iso).orElse("");
        return switch (property) {
            case IMPORT_VALUE -> Optional.of(String.join("|", other.key(), subject.key(), "value", goodKey, when));
            case IMPORT_QUANTITY ->
                Optional.of(String.join("|", other.key(), subject.key(), "quantity", goodKey, when));
            case EXPORT_VALUE -> Optional.of(String.join("|", subject.key(), other.key(), "value", goodKey, when));
            case EXPORT_QUANTITY ->
                Optional.of(String.join("|", subject.key(), other.key(), "quantity", goodKey, when));
            default -> Optional.empty();
        };
    }

    /** The fact in words for messages, e.g. "China, production, rare-earths/ree-concentrate, 2022". */
    public String factLabel() {
        StringBuilder text = new StringBuilder(subject.label()).append(", ").append(property.key());
        good.ifPresent(g -> text.append(", ").append(g.key()));
        counterpart.ifPresent(c -> text.append(", with ").append(c.label()));
        period.ifPresent(p -> text.append(", ").append(p.iso()));
        return text.toString();
    }

    /** What two statements must share to be about the same fact (and conflict if values differ). */
    public String factKey() {
        return String.join(
                "|",
                subject.key(),
                property.key(),
                good.map(Good::key).orElse(""),
                counterpart.map(Subject::key).orElse(""),
                period.map(PartialDate::iso).orElse(""));
    }
}
