package org.chokepoint.engine.run;

import java.util.List;
import java.util.Locale;

/** Tables as RFC 4180 CSV: numbers as plain decimals to six significant digits, NaN as an empty cell. */
public final class Csv {

    private Csv() {}

    /** A header row and data rows as CSV text. */
    public static String of(List<List<Object>> table) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : table) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() ? "" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : number(d);
        }
        String text = String.valueOf(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value)
                .replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                .replace(".e", "e")
                .replaceAll("\\.$", "");
    }
}
