package org.chokepoint.model.commodity;

import java.util.Objects;
import java.util.regex.Pattern;

/** A commodity chain, identified by a lower-case slug ("rare-earths", "lng"). */
public record ChainId(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ChainId {
        Objects.requireNonNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "A chain id is a lower-case slug such as rare-earths, not '" + slug + "'");
        }
    }

    @Override
    public String toString() {
        return slug;
    }
}
