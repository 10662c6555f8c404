package org.chokepoint.model.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date known to a year, a month or a day, as sources state it ("2023", "2023-06", "2022-06-14").
 * Keeping the precision avoids inventing a day that no source gave.
 */
public record PartialDate(String iso) {

    public PartialDate {
        Objects.requireNonNull(iso, "iso");
        try {
            switch (iso.length()) {
                case 4 -> java.time.Year.parse(iso);
                case 7 -> YearMonth.parse(iso);
                case 10 -> LocalDate.parse(iso);
                default -> throw new IllegalArgumentException(message(iso));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(message(iso), e);
        }
    }

    private static String message(String iso) {
        return "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + iso + "'";
    }

    /** The first day the date can mean. */
    public LocalDate earliest() {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(iso);
        };
    }

    /** The last day the date can mean. */
    public LocalDate latest() {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> LocalDate.parse(iso);
        };
    }

    @Override
    public String toString() {
        return iso;
    }
}
