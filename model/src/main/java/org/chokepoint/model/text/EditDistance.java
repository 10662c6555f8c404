package org.chokepoint.model.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Levenshtein distance, used to suggest the known name closest to a mistyped one. */
public final class EditDistance {

    private EditDistance() {}

    /** The number of single-character edits that turn {@code a} into {@code b}. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The candidate closest to {@code text}, if it is close enough to be a likely misspelling: at
     * most max(2, a third of the text's length) edits away. Ties go to the first candidate.
     */
    public static Optional<String> closest(String text, Collection<String> candidates) {
        return closest(text, candidates, UnaryOperator.identity());
    }

    /** Like {@link #closest(String, Collection)}, comparing without regard to case. */
    public static Optional<String> closestIgnoringCase(String text, Collection<String> candidates) {
        return closest(text, candidates, name -> name.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> closest(String text, Collection<String> candidates, UnaryOperator<String> key) {
        String typed = key.apply(text);
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = between(typed, key.apply(candidate));
            if (d < distance) {
                distance = d;
                best = candidate;
            }
        }
        return best != null && distance <= Math.max(2, text.length() / 3) ? Optional.of(best) : Optional.empty();
    }
}
