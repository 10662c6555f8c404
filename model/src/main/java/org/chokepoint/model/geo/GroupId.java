package org.chokepoint.model.geo;

import java.util.Objects;

/** A group of countries, identified by a short code ("EU27", "G7", "SCO", "MSP", "FORGE"). */
public record GroupId(String code) {

    public GroupId {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A group id must not be blank");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
