package org.chokepoint.engine.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.baseline.BaselineFlow;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.spec.Measure;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.engine.uncertainty.Parameters;
import org.chokepoint.engine.uncertainty.Spread;
import org.chokepoint.model.source.Citation;

/**
 * One thing a scenario's Monte Carlo draws draw, so that its bands say what they span: a parameter
 * of the scenario given as a distribution, or a baseline figure with a range or other sources'
 * values (engine.md sections 6 and 9).
 *
 * @param kind "parameter" or "figure"
 * @param what the parameter's field as the scenario writes it ("elasticities.substitution",
 *     "shocks[0].licensed_share"), or the figure ("china-gas-2024 USA -> CHN")
 * @param central the value a single run uses: the distribution's median, or the stated figure
 * @param low the lowest value a draw can take
 * @param high the highest value a draw can take
 * @param unit the unit of a figure or a quantity, empty for a number
 * @param distribution how it is drawn ("{uniform: [0.1, 0.3]}", "range 168,897,000-179,031,000")
 * @param how why a figure may lie elsewhere, empty for a parameter
 * @param sources what a figure's other values rest on, empty for a parameter
 */
public record DrawnRow(
        String kind,
        String what,
        double central,
        double low,
        double high,
        String unit,
        String distribution,
        String how,
        List<Citation> sources) {

    public DrawnRow {
        sources = List.copyOf(sources);
    }

    /** Everything a draw of {@code scenario} draws: its distributions first, then its baselines' figures. */
    public static List<DrawnRow> of(Scenario scenario) {
        List<DrawnRow> rows = new ArrayList<>();
        walk("", scenario.spec(), rows);
        List<Baseline> baselines = new ArrayList<>(List.of(scenario.baseline()));
        scenario.chain().forEach(up -> baselines.add(up.baseline()));
        for (Baseline baseline : baselines) {
            for (BaselineFlow flow : baseline.flows()) {
                flow.spread().ifPresent(spread -> rows.add(figure(baseline, flow, spread)));
            }
        }
        return rows;
    }

    private static DrawnRow figure(Baseline baseline, BaselineFlow flow, Spread spread) {
        return new DrawnRow(
                "figure",
                baseline.id() + " " + flow.seller() + " -> " + flow.buyer(),
                flow.quantity(),
                Math.min(flow.quantity(), spread.low()),
                Math.max(flow.quantity(), spread.high()),
                baseline.unit(),
                spread.describe(flow.quantity()),
                spread.how(),
                spread.sources());
    }

    /**
     * Finds the distributions in a scenario's spec, named by their path in the file: every record
     * component of the spec's own records, lists by index, maps by key in order.
     */
    private static void walk(String path, Object value, List<DrawnRow> rows) {
        if (value instanceof Parameter parameter) {
            add(path, parameter, "", rows);
        } else if (value instanceof Measure measure) {
            add(path, measure.value(), measure.unit().symbol(), rows);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(path, inner, rows));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), rows);
            }
        } else if (value instanceof Map<?, ?> map) {
            new TreeMap<>(map).forEach((key, inner) -> walk(path + "." + key, inner, rows));
        } else if (value instanceof Record record
                && record.getClass().getPackageName().startsWith("org.chokepoint.engine.spec")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String name = snakeCase(component.getName());
                walk(path.isEmpty() ? name : path + "." + name, read(component, record), rows);
            }
        }
    }

    private static void add(String path, Parameter parameter, String unit, List<DrawnRow> rows) {
        if (parameter instanceof Parameter.Fixed) {
            return;
        }
        double[] range = Parameters.range(parameter);
        rows.add(new DrawnRow(
                "parameter", path, parameter.central(), range[0], range[1], unit, parameter.describe(), "", List.of()));
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record, e);
        }
    }

    /** "licensedShare" as a scenario file writes it: "licensed_share". */
    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
