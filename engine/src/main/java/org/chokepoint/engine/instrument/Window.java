package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The months an instrument is in force: from its first month to its last, open-ended when
 * {@code until} is empty.
 */
public record Window(YearMonth from, Optional<YearMonth> until) {

    public Window {
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("ends (" + until.get() + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && until.map(last -> !month.isAfter(last)).orElse(true);
    }

    /** Whole months from {@code from} to {@code month}, inclusive: 1 in the first month. */
    public int monthsIn(YearMonth month) {
        return (month.getYear() - from.getYear()) * 12 + month.getMonthValue() - from.getMonthValue() + 1;
    }

    @Override
    public String toString() {
        return "from " + from + until.map(last -> " until " + last).orElse("");
    }
}
