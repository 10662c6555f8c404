package org.chokepoint.engine.spec;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.engine.uncertainty.Parameters;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.text.EditDistance;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.YamlNode;

/**
 * Reads the typed fields of a scenario file, each checked on its own (no baseline is known yet):
 * region ids (a country by any name becomes its alpha-3 code, a group its code, ROW, COUNTRY/variety),
 * months, numbers and distributions within bounds, quantities with units and durations. Every error
 * names the field; a field in an old form is read and reported to {@code warnings}.
 */
final class SpecFields {

    /** The earliest and latest months a scenario may name. */
    static final YearMonth FIRST_MONTH = YearMonth.of(1900, 1);

    static final YearMonth LAST_MONTH = YearMonth.of(2200, 12);

    private static final Pattern MEASURE =
            Pattern.compile("([-+]?[0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*(.*)");
    private static final Pattern VARIETY = Pattern.compile("/[a-z0-9][a-z0-9-]*");

    private final ReferenceData reference;
    private final Consumer<String> warnings;

    SpecFields(ReferenceData reference, Consumer<String> warnings) {
        this.reference = reference;
        this.warnings = warnings;
    }

    /** The same reader without warnings, for a field whose old form has been reported already. */
    SpecFields quiet() {
        return new SpecFields(reference, warning -> {});
    }

    /** No implied unit: the quantity must carry its own. */
    static final Supplier<Optional<Unit>> NO_UNIT = Optional::empty;

    /** Reports a field written in a form that still works but will not for long. */
    void deprecated(YamlNode node, String advice) {
        warnings.accept(
                node.resource() + " line " + node.line() + ", field " + node.path() + ": deprecated. " + advice);
    }

    /** Region ids from a scalar or a non-empty list, each named once. */
    List<String> regions(YamlNode node) {
        List<YamlNode> names = node.kind() == YamlNode.Kind.SEQUENCE ? node.items() : List.of(node);
        if (names.isEmpty()) {
            throw node.error("an empty list names no region", "Name at least one country, group or ROW.");
        }
        List<String> ids = new ArrayList<>();
        for (YamlNode name : names) {
            String id = region(name);
            if (ids.contains(id)) {
                throw name.error(id + " is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    /** Optional region ids: empty when the field is absent. */
    Optional<List<String>> regions(YamlNode shock, String key) {
        return shock.find(key).map(this::regions);
    }

    /** One region id. */
    String region(YamlNode node) {
        return region(node.text(), node);
    }

    /** The region id {@code name} stands for; errors are located at {@code node}. */
    String region(String name, YamlNode node) {
        String text = name.strip();
        if (text.equalsIgnoreCase("ROW")) {
            return "ROW";
        }
        int slash = text.indexOf('/');
        String country = slash < 0 ? text : text.substring(0, slash);
        String variety = slash < 0 ? "" : text.substring(slash);
        if (!variety.isEmpty() && !VARIETY.matcher(variety).matches()) {
            throw node.error(
                    "'" + text + "' has a malformed variety", "Write COUNTRY/variety in lower case, e.g. RUS/lng.");
        }
        Optional<Country> known = reference.countries().find(country);
        if (known.isPresent()) {
            return known.get().id().alpha3() + variety;
        }
        Optional<CountryGroup> group = reference.groups().find(country);
        if (group.isPresent() && variety.isEmpty()) {
            return group.get().id().code();
        }
        List<String> candidates = new ArrayList<>();
        reference.countries().all().forEach(c -> candidates.add(c.id().alpha3()));
        reference.countries().all().forEach(c -> candidates.add(c.english()));
        reference.groups().all().forEach(g -> candidates.add(g.id().code()));
        throw node.error(
                "unknown country or group '" + text + "'",
                EditDistance.closestIgnoringCase(text, candidates)
                                .map(best -> "Did you mean " + best + "? ")
                                .orElse("")
                        + "Name countries by ISO code or name, groups by code (EU27, G7), the rest of the world as ROW.");
    }

    /** The optional {@code from} and {@code until} of a shock. */
    Period period(YamlNode shock) {
        Optional<YearMonth> from = shock.find("from").map(SpecFields::month);
        Optional<YearMonth> until = shock.find("until").map(SpecFields::month);
        try {
            return new Period(from, until);
        } catch (IllegalArgumentException e) {
            throw shock.get("until").error(e.getMessage());
        }
    }

    /** A month written YYYY-MM, between 1900 and 2200. */
    static YearMonth month(YamlNode node) {
        YearMonth month;
        try {
            month = YearMonth.parse(node.text().strip());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not a month", "Write months as YYYY-MM, e.g. 2026-01.");
        }
        if (month.isBefore(FIRST_MONTH) || month.isAfter(LAST_MONTH)) {
            throw node.error("the month " + month + " is outside " + FIRST_MONTH + " to " + LAST_MONTH);
        }
        return month;
    }

    /** A number or distribution within [low, high]. */
    static Parameter parameter(YamlNode node, double low, double high, String what) {
        Parameter parameter = Parameters.read(node);
        double[] range = Parameters.range(parameter);
        if (!(range[0] >= low) || !(range[1] <= high)) {
            throw node.error(what + " must lie between " + Parameter.format(low) + " and " + Parameter.format(high)
                    + ", not " + parameter.describe());
        }
        return parameter;
    }

    /** A share such as 0.5 or "50%". */
    static Parameter share(YamlNode node, String what) {
        return parameter(node, 0, 1, what);
    }

    /**
     * A quantity that may be uncertain: "10 kt/yr", or a distribution whose numbers carry units
     * ({uniform: [8 kt/yr, 12 kt/yr]}), converted to the unit of its first number. Without a unit it
     * is read in {@code legacy} (the old keys' implied unit), if given, with a warning.
     */
    Measure measure(YamlNode node, String what, Supplier<Optional<Unit>> legacy) {
        Unit[] unit = new Unit[1];
        Parameter value = Parameters.read(node, item -> {
            Quantity quantity = quantity(item, what, legacy);
            if (unit[0] == null) {
                unit[0] = quantity.unit();
            }
            return convert(item, quantity, unit[0]).value();
        });
        return nonNegative(node, new Measure(value, unit[0]), what);
    }

    private static Measure nonNegative(YamlNode node, Measure measure, String what) {
        if (Parameters.range(measure.value())[0] < 0) {
            throw node.error(what + " cannot be negative");
        }
        return measure;
    }

    private static Quantity convert(YamlNode node, Quantity value, Unit unit) {
        if (value.unit().equals(unit)) {
            return value;
        }
        if (!value.unit().isCompatibleWith(unit)) {
            throw node.error(
                    "'" + value.unit().symbol() + "' does not measure the same thing as '" + unit.symbol() + "'");
        }
        return value.to(unit);
    }

    /** A single quantity with its unit ("5 kt"), or a bare number in {@code legacy}'s unit. */
    Quantity quantity(YamlNode node, String what, Supplier<Optional<Unit>> legacy) {
        Matcher matcher = MEASURE.matcher(node.text().strip());
        if (!matcher.matches()) {
            throw node.error(
                    "'" + node.text() + "' is not a quantity",
                    "Write " + what + " as a number and a unit, e.g. 10 kt/yr.");
        }
        double value = Double.parseDouble(matcher.group(1).replace("_", ""));
        if (!Double.isFinite(value)) {
            throw node.error("expected a finite number, found '" + node.text() + "'");
        }
        if (matcher.group(2).isEmpty()) {
            Optional<Unit> implied = legacy.get();
            if (implied.isEmpty()) {
                throw node.error(
                        what + " needs a unit",
                        "Write e.g. " + Parameter.format(value) + " t or " + Parameter.format(value) + " kt/yr.");
            }
            deprecated(
                    node,
                    "Write the unit: " + Parameter.format(value) + " "
                            + implied.get().symbol() + ".");
            return new Quantity(value, implied.get());
        }
        try {
            return new Quantity(value, Units.parse(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            throw node.error(
                    "unknown unit '" + matcher.group(2) + "' in " + what,
                    "Units are written as in the units doc, e.g. t, kt/yr, USD/kg, months.");
        }
    }

    /** A time, e.g. "24 months" or "2 yr"; a bare number is months when {@code legacy} allows it. */
    Quantity duration(YamlNode node, String what, boolean legacy, double low, double high) {
        Quantity value = quantity(node, what, () -> legacy ? Optional.of(Units.MONTH) : Optional.empty());
        if (!value.unit().isCompatibleWith(Units.MONTH)) {
            throw node.error(
                    what + " is a time, not " + value.unit().dimension().describe(), "Write e.g. 6 months.");
        }
        double months = value.to(Units.MONTH).value();
        if (!(months >= low) || !(months <= high)) {
            throw node.error(
                    what + " of " + Parameter.format(months) + " months",
                    "Give between " + Parameter.format(low) + " and " + Parameter.format(high) + " months.");
        }
        return value;
    }

    /**
     * A time in months under its key or, reported as deprecated, under its old name with a bare
     * number of months ({@code refill_months: 7} for {@code refill: 7 months}); both at once is
     * refused, and empty when neither is there.
     */
    Optional<Quantity> months(
            YamlNode node, String key, String old, String what, boolean whole, double low, double high) {
        Optional<YamlNode> current = node.find(key);
        Optional<YamlNode> former = node.find(old);
        if (current.isPresent() && former.isPresent()) {
            throw former.get().error("'" + old + "' is the old name of '" + key + "'; give one of them");
        }
        former.ifPresent(n -> deprecated(n, "Write " + key + ": " + n.text() + " months."));
        return current.or(() -> former).map(n -> {
            SpecFields reader = quiet(); // an old form is reported once, above
            return whole
                    ? reader.wholeMonths(n, what, former.isPresent(), low, high)
                    : reader.duration(n, what, former.isPresent(), low, high);
        });
    }

    /** A duration that must be whole months. */
    Quantity wholeMonths(YamlNode node, String what, boolean legacy, double low, double high) {
        Quantity value = duration(node, what, legacy, low, high);
        double months = value.to(Units.MONTH).value();
        if (Math.abs(months - Math.rint(months)) > 1e-9) {
            throw node.error(what + " is a whole number of months, not " + Parameter.format(months));
        }
        return value;
    }
}
