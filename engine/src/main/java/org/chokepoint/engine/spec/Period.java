package org.chokepoint.engine.spec;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The months a shock is in force as a file writes them: {@code from} (the scenario's start when
 * absent) to {@code until} (open-ended when absent).
 */
public record Period(Optional<YearMonth> from, Optional<YearMonth> until) {

    /** In force over the whole horizon. */
    public static final Period ALWAYS = new Period(Optional.empty(), Optional.empty());

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            throw new IllegalArgumentException("ends (" + until.get() + ") before it starts (" + from.get() + ")");
        }
    }
}
