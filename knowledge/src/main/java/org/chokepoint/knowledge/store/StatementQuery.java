package org.chokepoint.knowledge.store;

import java.util.Optional;
import org.chokepoint.knowledge.Property;

/**
 * Which statements to fetch; every part is optional. {@code good} matches a chain ("rare-earths")
 * or a chain and stage ("rare-earths/ree-concentrate").
 */
public record StatementQuery(
        Optional<String> subjectKey, Optional<Property> property, Optional<String> good, Optional<String> sourceId) {

    public static StatementQuery all() {
        return new StatementQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public StatementQuery withSubject(String key) {
        return new StatementQuery(Optional.of(key), property, good, sourceId);
    }

    public StatementQuery withProperty(Property value) {
        return new StatementQuery(subjectKey, Optional.of(value), good, sourceId);
    }

    public StatementQuery withGood(String value) {
        return new StatementQuery(subjectKey, property, Optional.of(value), sourceId);
    }

    public StatementQuery withSource(String id) {
        return new StatementQuery(subjectKey, property, good, Optional.of(id));
    }
}
