package org.chokepoint.model.text;

import java.util.Locale;

/**
 * The id-safe form of a name: lower-case ASCII letters and digits joined by single hyphens ("Arctic LNG 2" is
 * arctic-lng-2), so that ids made from names in different places agree.
 */
public final class Slug {

    private Slug() {}

    /** {@code name} in lower case with every run of other characters as one hyphen, none at either end. */
    public static String of(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
