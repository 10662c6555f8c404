package org.chokepoint.ingest.link;

import java.util.Objects;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;

/**
 * A name in the text linked to an entity: a country by any of its names or aliases (南韓, 大陸, U.S.), a group, or a
 * candidate entity the knowledge base does not know yet (then {@code known} is false and the id is a slug of the name).
 *
 * @param span where the name stands in the original text
 * @param subject the entity, with its id (ISO alpha-3 for countries) and English label where known
 * @param known whether the knowledge base or reference data knows the entity
 */
public record EntityMention(Span span, Subject subject, boolean known) {

    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(subject, "subject");
    }
}
