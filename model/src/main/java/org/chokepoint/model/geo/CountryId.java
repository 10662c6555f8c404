package org.chokepoint.model.geo;

import java.util.Objects;
import java.util.regex.Pattern;

/** A country or territory, identified by its ISO 3166-1 alpha-3 code ("KAZ"). */
public record CountryId(String alpha3) implements Comparable<CountryId> {

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public CountryId {
        Objects.requireNonNull(alpha3, "alpha3");
        if (!ALPHA3.matcher(alpha3).matches()) {
            throw new IllegalArgumentException(
                    "A country id is an ISO alpha-3 code of three capital letters, not '" + alpha3 + "'");
        }
    }

    public static CountryId of(String alpha3) {
        return new CountryId(alpha3);
    }

    @Override
    public int compareTo(CountryId other) {
        return alpha3.compareTo(other.alpha3);
    }

    @Override
    public String toString() {
        return alpha3;
    }
}
