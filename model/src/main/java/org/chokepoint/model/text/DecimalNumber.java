package org.chokepoint.model.text;

import java.util.regex.Pattern;

/**
 * A number as files write it, read by one rule everywhere: digits with at most one decimal point
 * and an optional exponent, thousands separators (commas) only between groups of three digits, and
 * at most one leading minus sign. "1,234.5", "0.25", "1.5e6" and "-3" are numbers; "1,2.3",
 * "12,34", "1.2.3", "--5" and "1,234.5,6" are not, because a reader cannot tell what they meant.
 */
public final class DecimalNumber {

    /** The unsigned form, for parsers that find numbers inside longer text. */
    public static final String UNSIGNED = "(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?";

    private static final Pattern NUMBER = Pattern.compile("-?" + UNSIGNED);

    private DecimalNumber() {}

    /**
     * The number {@code text} writes; a {@link NumberFormatException} whose message says what is
     * wrong (for a report naming the file, line and column) when it writes none.
     */
    public static double parse(String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw new NumberFormatException(problem(text));
        }
        double value = Double.parseDouble(text.replace(",", ""));
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("too large a number");
        }
        return value;
    }

    private static String problem(String text) {
        int decimal = text.indexOf('.');
        if (text.isBlank()) {
            return "no number";
        }
        if (text.startsWith("+")
                || text.chars().filter(c -> c == '-' || c == '+').count() > 1) {
            return "one minus sign at most, before the digits";
        }
        if (decimal >= 0 && text.indexOf('.', decimal + 1) >= 0) {
            return "more than one decimal point";
        }
        if (decimal >= 0 && text.indexOf(',', decimal) >= 0) {
            return "a thousands separator after the decimal point";
        }
        if (text.contains(",")) {
            return "thousands separators must split the digits into groups of three, as in 1,234,567.8";
        }
        return "expected digits with at most one decimal point, as in 1234.5 or 1,234.5";
    }
}
