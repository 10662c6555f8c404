package org.chokepoint.engine.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;

/**
 * Scenario values as YAML flow text, the way {@link SpecFields} reads them back: ids, numbers,
 * distributions, quantities with units, months and strings (quoted when YAML would read them as
 * something else).
 */
final class FlowText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z./][A-Za-z0-9_./-]*");

    private FlowText() {}

    /** Ids: one plainly, several as a flow list. */
    static String ids(List<String> ids) {
        return ids.size() == 1
                ? text(ids.get(0))
                : "[" + String.join(", ", ids.stream().map(FlowText::text).toList()) + "]";
    }

    static String parameter(Parameter parameter) {
        if (parameter instanceof Parameter.Uniform u) {
            return "{uniform: [" + Parameter.format(u.low()) + ", " + Parameter.format(u.high()) + "]}";
        }
        if (parameter instanceof Parameter.Triangular t) {
            return "{triangular: [" + Parameter.format(t.low()) + ", " + Parameter.format(t.mode()) + ", "
                    + Parameter.format(t.high()) + "]}";
        }
        return Parameter.format(parameter.central());
    }

    static String measure(Measure measure) {
        Unit unit = measure.unit();
        Parameter value = measure.value();
        if (value instanceof Parameter.Uniform u) {
            return "{uniform: [" + quantity(u.low(), unit) + ", " + quantity(u.high(), unit) + "]}";
        }
        if (value instanceof Parameter.Triangular t) {
            return "{triangular: [" + quantity(t.low(), unit) + ", " + quantity(t.mode(), unit) + ", "
                    + quantity(t.high(), unit) + "]}";
        }
        return quantity(value.central(), unit);
    }

    static String quantity(Quantity quantity) {
        return quantity(quantity.value(), quantity.unit());
    }

    private static String quantity(double value, Unit unit) {
        return Parameter.format(value) + " " + (unit.equals(Units.MONTH) ? "months" : unit.symbol());
    }

    /** A string as a plain scalar when it reads back as the same text, else double-quoted. */
    static String text(String text) {
        if (PLAIN.matcher(text).matches()
                && !List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n")
                        .contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A flow mapping of already-rendered values: {a: 1, b: 2}. */
    static String mapping(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((key, value) -> out.append(out.length() > 1 ? ", " : "")
                .append(key)
                .append(": ")
                .append(value));
        return out.append('}').toString();
    }

    /** An ordered set of rendered fields, optional ones left out when empty. */
    static final class Fields {
        private final Map<String, String> fields = new LinkedHashMap<>();

        Fields put(String key, String value) {
            fields.put(key, value);
            return this;
        }

        Fields put(String key, Optional<String> value) {
            value.ifPresent(v -> fields.put(key, v));
            return this;
        }

        Fields period(Period period) {
            period.from().ifPresent(m -> fields.put("from", m.toString()));
            period.until().ifPresent(m -> fields.put("until", m.toString()));
            return this;
        }

        Map<String, String> map() {
            return fields;
        }
    }
}
