package org.chokepoint.ingest.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;

/**
 * The other party of a trade figure: 中國與哈薩克雙邊貿易額 is trade between China and Kazakhstan, not China's trade
 * with the world, and must be stored and compared as such. It is the first country or group other than the subject
 * named in the figure's clause, else in the clauses of its sentence before it: a later clause is another figure's
 * ("exports fell 5.2%, but shipments to the United States surged" is China's exports to the world).
 */
final class Partners {

    /** Properties of flows between two parties. */
    static final Set<String> TRADE = Set.of("trade_value", "trade_change", "volume");

    private Partners() {}

    static Optional<Subject> of(List<EntityMention> entities, Subject subject, Span clause, Span sentence) {
        return first(entities, subject, clause)
                .or(() ->
                        first(entities, subject, new Span(sentence.start(), Math.max(sentence.start(), clause.end()))));
    }

    private static Optional<Subject> first(List<EntityMention> entities, Subject subject, Span region) {
        return entities.stream()
                .filter(EntityMention::known)
                .filter(e -> region.contains(e.span()))
                .map(EntityMention::subject)
                .filter(s -> s.kind() == Subject.Kind.COUNTRY || s.kind() == Subject.Kind.GROUP)
                .filter(s -> !s.key().equals(subject.key()))
                .findFirst();
    }
}
