package org.chokepoint.model.commodity;

import java.util.Objects;
import java.util.regex.Pattern;

/** An industry that uses a chain's output, identified by a lower-case slug ("ev-motors"). */
public record IndustryId(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public IndustryId {
        Objects.requireNonNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "An industry id is a lower-case slug such as ev-motors, not '" + slug + "'");
        }
    }

    @Override
    public String toString() {
        return slug;
    }
}
