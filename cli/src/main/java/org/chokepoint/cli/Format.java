package org.chokepoint.cli;

import java.util.Locale;

/** Numbers as the terminal shows them: grouped thousands, signed percentages, "-" for none. */
final class Format {

    private Format() {}

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.3g", value);
    }

    static String percent(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.1f%%", value);
    }

    static String usd(double value) {
        if (Double.isNaN(value)) {
            return "not priced";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "unbounded gain" : "unbounded loss";
        }
        double abs = Math.abs(value);
        String sign = value < 0 ? "-" : "+";
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "%sUSD %.2f bn", sign, abs / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%sUSD %.1f m", sign, abs / 1e6);
        }
        return String.format(Locale.ROOT, "%sUSD %,.0f", sign, abs);
    }
}
