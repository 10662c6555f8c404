package org.chokepoint.model.commodity;

import java.util.Objects;
import java.util.regex.Pattern;

/** The rule all chain, stage and industry ids follow: lower-case words joined by hyphens. */
final class Slug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {}

    /** The slug itself, or an error naming what it was meant to identify and an example. */
    static String require(String slug, String what, String example) {
        Objects.requireNonNull(slug, what);
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "A " + what + " is a lower-case slug such as " + example + ", not '" + slug + "'");
        }
        return slug;
    }
}
