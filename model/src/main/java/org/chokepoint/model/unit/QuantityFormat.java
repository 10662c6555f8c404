package org.chokepoint.model.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes quantities as text. {@link #format} keeps twelve significant digits so that {@link
 * QuantityParser} reads back the same quantity; {@link #readable} rounds to four for people.
 */
public final class QuantityFormat {

    private static final MathContext PRECISE = new MathContext(12);
    private static final MathContext READABLE = new MathContext(4);

    private QuantityFormat() {}

    /** "8.976e9 m3/yr", "30%", "21000000000 USD": exact enough to parse back. */
    public static String format(Quantity quantity) {
        return withUnit(number(quantity.value()), quantity.unit());
    }

    /** "8,976,000,000 m3/yr": four significant digits with digit grouping. */
    public static String readable(Quantity quantity) {
        return withUnit(readableNumber(quantity.value()), quantity.unit());
    }

    /** A number with twelve significant digits, in scientific notation when very large or small. */
    public static String number(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(PRECISE).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= 12 || exponent < -4) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            return mantissa.toPlainString() + "e" + exponent;
        }
        return rounded.toPlainString();
    }

    /** A number with four significant digits and digit grouping, e.g. "8,976,000,000" or "0.0125". */
    public static String readableNumber(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(READABLE).stripTrailingZeros();
        if (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-4) {
            int exponent = rounded.precision() - rounded.scale() - 1;
            return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
        }
        DecimalFormat grouping = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouping.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        return grouping.format(rounded);
    }

    private static String withUnit(String number, Unit unit) {
        return unit.symbol().equals("%") ? number + "%" : number + " " + unit.symbol();
    }
}
