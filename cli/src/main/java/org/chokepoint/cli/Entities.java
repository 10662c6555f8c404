package org.chokepoint.cli;

import java.util.Locale;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.reference.ReferenceData;

/** Resolves what a user names on the command line to a subject key of the knowledge base. */
final class Entities {

    private Entities() {}

    static String subjectKey(ReferenceData reference, String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("world") || lower.equals("wld") || lower.equals("世界")) {
            return Subject.world().key();
        }
        return new Subject(
                        Subject.Kind.COUNTRY,
                        reference.countries().require(name).id().alpha3(),
                        name)
                .key();
    }
}
