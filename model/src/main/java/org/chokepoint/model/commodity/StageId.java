package org.chokepoint.model.commodity;

import java.util.Objects;
import java.util.regex.Pattern;

/** One stage of a chain, identified by a lower-case slug ("ndfeb-magnets"). */
public record StageId(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public StageId {
        Objects.requireNonNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "A stage id is a lower-case slug such as ree-oxides, not '" + slug + "'");
        }
    }

    @Override
    public String toString() {
        return slug;
    }
}
