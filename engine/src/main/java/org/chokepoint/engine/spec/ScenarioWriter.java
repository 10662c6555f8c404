package org.chokepoint.engine.spec;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link ScenarioSpec} as a scenario file that {@link ScenarioReader} reads back to the
 * same spec: keys in a stable order, quantities with their units, one shock a list item. Comments
 * may be added above the file and after any field path (the resolved form of each shock, where a
 * default was filled in).
 */
public final class ScenarioWriter {

    private ScenarioWriter() {}

    /** The spec as YAML, without comments. */
    public static String write(ScenarioSpec spec) {
        return write(spec, List.of(), path -> List.of());
    }

    /**
     * The spec as YAML with {@code header} comment lines first and, after the field at each path
     * ("shocks[2]", "upstream.shocks[0]", "baseline"), the comments {@code notes} gives for it.
     */
    public static String write(ScenarioSpec spec, List<String> header, Function<String, List<String>> notes) {
        Out out = new Out(notes);
        header.forEach(line -> out.line(0, "# " + line));
        out.field(0, "kind", "scenario", "");
        out.field(0, "version", "1", "");
        out.field(0, "name", FlowText.text(spec.name()), "name");
        out.field(0, "question", FlowText.text(spec.question()), "question");
        out.field(0, "baseline", FlowText.text(spec.baseline()), "baseline");
        out.field(0, "model", spec.model(), "model");
        out.field(0, "start", spec.start().toString(), "start");
        out.field(0, "months", Integer.toString(spec.months()), "months");
        elasticities(out, 0, "elasticities", spec.elasticities());
        shocks(out, 0, "limits", spec.limits());
        shocks(out, 0, "shocks", spec.shocks());
        if (!spec.inventories().isEmpty()) {
            out.line(0, "inventories:");
            for (int i = 0; i < spec.inventories().size(); i++) {
                ScenarioSpec.Stocks stocks = spec.inventories().get(i);
                FlowText.Fields fields = new FlowText.Fields()
                        .put("region", FlowText.text(stocks.region()))
                        .put("cover", FlowText.quantity(stocks.cover()))
                        .put("refill", FlowText.quantity(stocks.refill()))
                        .put("max_draw", stocks.maxDraw().map(FlowText::quantity));
                out.item(1, fields.map(), "inventories[" + i + "]");
            }
        }
        spec.upstream().ifPresent(upstream -> upstream(out, 0, "upstream", upstream));
        out.field(
                0,
                "monte_carlo",
                FlowText.mapping(new FlowText.Fields()
                        .put("draws", Integer.toString(spec.monteCarlo().draws()))
                        .put("seed", Long.toString(spec.monteCarlo().seed()))
                        .map()),
                "monte_carlo");
        return out.text();
    }

    /** A stage before the good at {@code indent}, and the stage before it nested one level deeper. */
    private static void upstream(Out out, int indent, String path, ScenarioSpec.UpstreamSpec upstream) {
        out.line(indent, "upstream:");
        out.field(indent + 1, "baseline", FlowText.text(upstream.baseline()), path + ".baseline");
        elasticities(out, indent + 1, "elasticities", upstream.elasticities());
        shocks(out, indent + 1, path + ".shocks", upstream.shocks());
        out.line(indent + 1, "inputs:");
        for (ScenarioSpec.UpstreamSpec.Input input : upstream.inputs()) {
            out.line(
                    indent + 2,
                    "- "
                            + FlowText.mapping(new FlowText.Fields()
                                    .put("seller", FlowText.ids(input.seller()))
                                    .put("from", FlowText.ids(input.from()))
                                    .put("share_of_their_use", FlowText.parameter(input.share()))
                                    .map()));
        }
        upstream.upstream().ifPresent(before -> upstream(out, indent + 1, path + ".upstream", before));
    }

    private static void elasticities(Out out, int indent, String key, Elasticities elasticities) {
        out.line(indent, key + ":");
        out.field(indent + 1, "substitution", FlowText.parameter(elasticities.substitution()), "");
        out.field(indent + 1, "demand", FlowText.parameter(elasticities.demand()), "");
        out.field(indent + 1, "supply", FlowText.parameter(elasticities.supply()), "");
        out.field(indent + 1, "choke_price", FlowText.parameter(elasticities.chokePrice()), "");
        if (!elasticities.byRegion().isEmpty()) {
            out.line(indent + 1, "by_region:");
            elasticities.byRegion().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> {
                        FlowText.Fields fields = new FlowText.Fields();
                        for (String name : List.of("substitution", "demand", "supply")) {
                            if (entry.getValue().containsKey(name)) {
                                fields.put(
                                        name,
                                        FlowText.parameter(entry.getValue().get(name)));
                            }
                        }
                        out.field(indent + 2, FlowText.text(entry.getKey()), FlowText.mapping(fields.map()), "");
                    });
        }
        elasticities
                .longRun()
                .ifPresent(longRun -> out.field(
                        indent + 1,
                        "long_run",
                        FlowText.mapping(new FlowText.Fields()
                                .put("substitution", FlowText.parameter(longRun.substitution()))
                                .put("demand", FlowText.parameter(longRun.demand()))
                                .put("supply", FlowText.parameter(longRun.supply()))
                                .put("after", longRun.months() + " months")
                                .map()),
                        ""));
    }

    private static void shocks(Out out, int indent, String path, List<Shock> shocks) {
        if (shocks.isEmpty()) {
            return;
        }
        out.line(indent, (indent == 0 ? path : path.substring(path.lastIndexOf('.') + 1)) + ":");
        for (int i = 0; i < shocks.size(); i++) {
            Shock shock = shocks.get(i);
            FlowText.Fields fields = new FlowText.Fields().put("instrument", shock.instrument());
            fields.map().putAll(ShockFormat.of(shock).write(shock).map());
            out.item(indent + 1, fields.map(), path + "[" + i + "]");
        }
    }

    /** The text being written, with the notes for each field path after it. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder();
        private final Function<String, List<String>> notes;

        Out(Function<String, List<String>> notes) {
            this.notes = notes;
        }

        void line(int indent, String line) {
            text.append("  ".repeat(indent)).append(line).append('\n');
        }

        void field(int indent, String key, String value, String path) {
            line(indent, key + ": " + value);
            notes(indent, path);
        }

        /** A list item whose fields go one a line. */
        void item(int indent, Map<String, String> fields, String path) {
            boolean first = true;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                line(indent, (first ? "- " : "  ") + field.getKey() + ": " + field.getValue());
                first = false;
            }
            notes(indent + 1, path);
        }

        private void notes(int indent, String path) {
            if (!path.isEmpty()) {
                notes.apply(path).forEach(note -> line(indent, "# " + note));
            }
        }

        String text() {
            return text.toString();
        }
    }
}
