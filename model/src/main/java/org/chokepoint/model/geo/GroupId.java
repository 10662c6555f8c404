package org.chokepoint.model.geo;

import java.util.Objects;
import java.util.regex.Pattern;

/** A group of countries, identified by a short code ("EU27", "G7", "SCO", "C5+1", "MSP", "FORGE"). */
public record GroupId(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9+]*");

    public GroupId {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A group id is a short code of capital letters, digits and '+' such as G7 or C5+1, not '" + code
                            + "'");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
