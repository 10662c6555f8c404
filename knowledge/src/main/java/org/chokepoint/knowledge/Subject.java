package org.chokepoint.knowledge;

import java.util.Objects;

/**
 * What a statement is about: a country, a group, a company, a facility, a project, a route, a
 * policy, a price benchmark, the world, or a residual region such as Comtrade's "Other Asia, nes".
 *
 * @param kind what sort of entity
 * @param id a stable id within the kind (ISO alpha-3 for countries, a slug otherwise)
 * @param label a readable name
 */
public record Subject(Kind kind, String id, String label) {

    /** The sorts of entity statements are about. */
    public enum Kind {
        COUNTRY,
        GROUP,
        REGION,
        WORLD,
        COMPANY,
        FACILITY,
        PROJECT,
        ROUTE,
        POLICY,
        PERSON,
        /** A named price that others are quoted against (Brent, WTI). */
        BENCHMARK
    }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A subject needs an id");
        }
    }

    public static Subject world() {
        return new Subject(Kind.WORLD, "WLD", "World");
    }

    /** "COUNTRY:CHN", the key used in ids and queries. */
    public String key() {
        return kind + ":" + id;
    }
}
