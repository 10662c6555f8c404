package org.chokepoint.model.commodity;

import java.util.Objects;
import org.chokepoint.model.source.Citation;

/**
 * Where a coefficient or share comes from: a published source, or an assumption stated with its
 * rationale. Sealed, so no figure can have neither.
 */
public sealed interface Provenance {

    /** "source: ..." or "assumption: ..." for output. */
    String describe();

    /** A figure taken from a published source. */
    record Sourced(Citation citation) implements Provenance {
        public Sourced {
            Objects.requireNonNull(citation, "citation");
        }

        @Override
        public String describe() {
            return "source: " + citation.shortForm();
        }
    }

    /** A figure no source gave, with why it was chosen. */
    record Assumption(String rationale) implements Provenance {
        public Assumption {
            Objects.requireNonNull(rationale, "rationale");
            if (rationale.isBlank()) {
                throw new IllegalArgumentException("An assumption needs its rationale");
            }
        }

        @Override
        public String describe() {
            return "assumption: " + rationale;
        }
    }
}
