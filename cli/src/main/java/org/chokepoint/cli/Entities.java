package org.chokepoint.cli;

import java.util.Locale;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.reference.ReferenceData;

/**
 * Resolves what a user names on the command line to a subject key of the knowledge base: a
 * country by any name, "world", or KIND:ID for anything else (route:gem-p5409).
 */
final class Entities {

    private Entities() {}

    static String subjectKey(ReferenceData reference, String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("world") || lower.equals("wld") || lower.equals("世界")) {
            return Subject.world().key();
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            String kind = name.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            try {
                return Subject.Kind.valueOf(kind) + ":"
                        + name.substring(colon + 1).strip();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown kind of entity '" + name.substring(0, colon) + "' in '"
                        + name + "'."
                        + System.lineSeparator()
                        + "Write KIND:ID, e.g. route:gem-p5409 or facility:gem-t052001, with a kind of "
                        + java.util.Arrays.toString(Subject.Kind.values()).toLowerCase(Locale.ROOT) + ".");
            }
        }
        return new Subject(
                        Subject.Kind.COUNTRY,
                        reference.countries().require(name).id().alpha3(),
                        name)
                .key();
    }
}
