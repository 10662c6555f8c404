package org.chokepoint.engine.spec;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.chokepoint.engine.market.MarketModels;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.engine.uncertainty.Parameters;
import org.chokepoint.model.text.EditDistance;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.YamlNode;

/**
 * Reads a scenario file's YAML into a {@link ScenarioSpec}: every key known, every value typed and
 * in its range, regions named by id; errors name the file, line and field with a suggestion. It
 * knows no baseline: whether the regions exist there is the binder's check. Old keys (a unit in
 * the key, a bare number) still read, with a warning that says the new form.
 */
public final class ScenarioReader {

    /** Elasticity bounds: substitution between origins, composite demand, supply. */
    public static final double MAX_SUBSTITUTION = 50;

    public static final double MAX_DEMAND = 10;
    public static final double MAX_SUPPLY = 20;

    private static final Set<String> KEYS = Set.of(
            "kind",
            "version",
            "name",
            "question",
            "baseline",
            "model",
            "start",
            "months",
            "elasticities",
            "limits",
            "shocks",
            "inventories",
            "upstream",
            "monte_carlo");
    private static final Set<String> ELASTICITIES = Set.of("substitution", "demand", "supply");

    /** What was read: the spec and warnings about old forms. */
    public record Read(ScenarioSpec spec, List<String> warnings) {
        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    private final ReferenceData reference;
    private final BiFunction<String, String, Unit> baselineUnit;

    /**
     * A reader; {@code baselineUnit} gives the unit of a baseline by its name, asked for only when a
     * quantity is written in the old form without a unit (it then meant the baseline's unit).
     */
    public ScenarioReader(ReferenceData reference, BiFunction<String, String, Unit> baselineUnit) {
        this.reference = reference;
        this.baselineUnit = baselineUnit;
    }

    public Read read(YamlNode root) {
        List<String> warnings = new ArrayList<>();
        SpecFields fields = new SpecFields(reference, warnings::add);
        root.allowOnly(KEYS);
        if (!root.text("kind").equals("scenario")) {
            throw root.get("kind").error("this is not a scenario file", "A scenario starts with 'kind: scenario'.");
        }
        if (root.integer("version") != 1) {
            throw root.get("version").error("unknown version", "This Chokepoint reads scenario version 1.");
        }
        String baseline = root.text("baseline").strip();
        String model = root.find("model").map(YamlNode::text).orElse(MarketModels.DEFAULT);
        if (MarketModels.find(model).isEmpty()) {
            throw root.get("model")
                    .error(
                            "unknown model '" + model + "'",
                            closest(model, MarketModels.names()) + "Models: "
                                    + String.join(", ", MarketModels.names()) + " (" + MarketModels.DEFAULT
                                    + " is the default).");
        }
        YearMonth start = SpecFields.month(root.get("start"));
        int months = root.integer("months");
        if (months < 1 || months > ScenarioSpec.MAX_MONTHS) {
            throw root.get("months")
                    .error(
                            "a horizon of " + months + " months",
                            "Give between 1 and " + ScenarioSpec.MAX_MONTHS + " monthly steps.");
        }
        Elasticities elasticities = elasticities(root.get("elasticities"), fields);
        List<Shock> limits = shocks(root.list("limits"), fields, () -> baselineUnit.apply(baseline, "baseline"));
        for (int i = 0; i < limits.size(); i++) {
            if (!ScenarioSpec.LIMITS.contains(limits.get(i).instrument())) {
                throw root.list("limits")
                        .get(i)
                        .get("instrument")
                        .error(
                                "a " + limits.get(i).instrument() + " is a shock, not a limit that holds before it",
                                "Limits are physical: " + String.join(", ", ScenarioSpec.LIMITS)
                                        + ". Move it under 'shocks:'.");
            }
        }
        List<Shock> shocks = shocks(root.list("shocks"), fields, () -> baselineUnit.apply(baseline, "baseline"));
        ScenarioSpec.MonteCarlo monteCarlo = ScenarioSpec.MonteCarlo.NONE;
        if (root.find("monte_carlo").isPresent()) {
            YamlNode mc = root.get("monte_carlo").allowOnly(Set.of("draws", "seed"));
            int draws = mc.integer("draws");
            if (draws < 0 || draws > ScenarioSpec.MAX_DRAWS) {
                throw mc.get("draws")
                        .error(
                                draws + " draws",
                                "Give between 0 and " + ScenarioSpec.MAX_DRAWS
                                        + " draws; a few hundred give stable 5-95% bands.");
            }
            long seed = mc.find("seed").map(ScenarioReader::seed).orElse(1L);
            monteCarlo = new ScenarioSpec.MonteCarlo(draws, seed);
        }
        ScenarioSpec spec = new ScenarioSpec(
                root.text("name"),
                root.text("question"),
                baseline,
                model,
                start,
                months,
                elasticities,
                limits,
                shocks,
                inventories(root, fields),
                upstream(root, fields, "upstream"),
                monteCarlo);
        return new Read(spec, warnings);
    }

    private static long seed(YamlNode node) {
        try {
            return Long.parseLong(node.text().strip());
        } catch (NumberFormatException e) {
            throw node.error("expected a whole number, found '" + node.text() + "'");
        }
    }

    /** The line of every field path of a scenario file, so that a binding error can name it. */
    public static Map<String, Integer> lines(YamlNode root) {
        Map<String, Integer> lines = new HashMap<>();
        index(root, lines);
        return Map.copyOf(lines);
    }

    private static void index(YamlNode node, Map<String, Integer> lines) {
        lines.putIfAbsent(node.path(), node.line());
        switch (node.kind()) {
            case MAPPING -> node.keys().forEach(key -> index(node.get(key), lines));
            case SEQUENCE -> node.items().forEach(item -> index(item, lines));
            default -> {}
        }
    }

    private static List<Shock> shocks(List<YamlNode> nodes, SpecFields fields, Supplier<Unit> unit) {
        List<Shock> shocks = new ArrayList<>();
        for (YamlNode shock : nodes) {
            YamlNode kind = shock.get("instrument");
            ShockFormat.Format<?> format = ShockFormat.all().get(kind.text());
            if (format == null) {
                throw kind.error(
                        "unknown instrument '" + kind.text() + "'",
                        closest(kind.text(), ShockFormat.all().keySet()) + "Instruments: "
                                + String.join(", ", ShockFormat.all().keySet()) + ".");
            }
            shock.allowOnly(format.keys());
            shocks.add(format.reader().read(shock, fields, unit));
        }
        return shocks;
    }

    private Elasticities elasticities(YamlNode node, SpecFields fields) {
        node.allowOnly(Set.of("substitution", "demand", "supply", "by_region", "long_run", "choke_price"));
        Parameter substitution = substitution(node.get("substitution"));
        Parameter demand = bounded(node.get("demand"), MAX_DEMAND, "a demand elasticity");
        Parameter supply = bounded(node.get("supply"), MAX_SUPPLY, "a supply elasticity");
        Map<String, Map<String, Parameter>> byRegion = new LinkedHashMap<>();
        if (node.find("by_region").isPresent()) {
            YamlNode regions = node.get("by_region");
            for (String key : regions.keys()) {
                YamlNode entry = regions.get(key).allowOnly(ELASTICITIES);
                String region = fields.region(key, entry);
                Map<String, Parameter> overrides = new LinkedHashMap<>();
                for (String name : entry.keys()) {
                    overrides.put(name, elasticity(name, entry.get(name)));
                }
                if (byRegion.put(region, overrides) != null) {
                    throw entry.error(region + " is listed twice");
                }
            }
        }
        Optional<Elasticities.LongRun> longRun = Optional.empty();
        if (node.find("long_run").isPresent()) {
            YamlNode entry =
                    node.get("long_run").allowOnly(Set.of("substitution", "demand", "supply", "after", "after_months"));
            Quantity after = fields.months(
                            entry, "after", "after_months", "the long run", true, 1, ScenarioSpec.MAX_MONTHS)
                    .orElseThrow(() -> entry.error("the long run needs 'after', e.g. after: 12 months"));
            longRun = Optional.of(new Elasticities.LongRun(
                    substitution(entry.get("substitution")),
                    bounded(entry.get("demand"), MAX_DEMAND, "a demand elasticity"),
                    bounded(entry.get("supply"), MAX_SUPPLY, "a supply elasticity"),
                    (int) Math.round(after.to(Units.MONTH).value())));
        }
        Parameter choke = node.find("choke_price")
                .map(n -> SpecFields.parameter(n, 1.5, 1000, "a choke price, as a multiple of the pre-shock price,"))
                .orElse(Elasticities.DEFAULT_CHOKE_PRICE);
        return new Elasticities(substitution, demand, supply, byRegion, longRun, choke);
    }

    private static Parameter elasticity(String name, YamlNode node) {
        return switch (name) {
            case "substitution" -> substitution(node);
            case "demand" -> bounded(node, MAX_DEMAND, "a demand elasticity");
            default -> bounded(node, MAX_SUPPLY, "a supply elasticity");
        };
    }

    private static Parameter substitution(YamlNode node) {
        Parameter parameter = Parameters.read(node);
        double[] range = Parameters.range(parameter);
        if (!(range[0] > 0) || !(range[1] <= MAX_SUBSTITUTION)) {
            throw node.error(
                    "an elasticity of substitution must be positive and at most " + (int) MAX_SUBSTITUTION + ", not "
                            + parameter.describe(),
                    "Typical values lie between 0.5 and 10; near-homogeneous goods 5 to 12.");
        }
        if (parameter instanceof Parameter.Fixed && Math.abs(parameter.central() - 1) < 1e-9) {
            throw node.error(
                    "an elasticity of substitution of exactly 1 (Cobb-Douglas) is not supported", "Use 0.99 or 1.01.");
        }
        return parameter;
    }

    private static Parameter bounded(YamlNode node, double max, String what) {
        Parameter parameter = Parameters.read(node);
        double[] range = Parameters.range(parameter);
        if (range[0] < 0) {
            throw node.error(what + " cannot be negative", "Elasticities are written as positive numbers here.");
        }
        if (!(range[1] <= max)) {
            throw node.error(
                    what + " of " + parameter.describe() + " is beyond " + (int) max,
                    "Elasticities here lie between 0 and " + (int) max + ".");
        }
        return parameter;
    }

    private List<ScenarioSpec.Stocks> inventories(YamlNode root, SpecFields fields) {
        List<ScenarioSpec.Stocks> stocks = new ArrayList<>();
        for (YamlNode node : root.list("inventories")) {
            node.allowOnly(Set.of(
                    "region",
                    "cover",
                    "refill",
                    "max_draw",
                    "months_of_demand",
                    "refill_months",
                    "max_draw_months",
                    "note"));
            String region = fields.region(node.get("region"));
            if (stocks.stream().anyMatch(s -> s.region().equals(region))) {
                throw node.get("region").error("stocks of " + region + " are listed twice");
            }
            Quantity cover = fields.months(node, "cover", "months_of_demand", "a stock cover", false, 1e-6, 60)
                    .orElseThrow(() -> node.error(
                            "missing required field 'cover'", "Write cover: 2 months (of baseline purchases)."));
            Quantity refill = fields.months(
                            node, "refill", "refill_months", "a refill", true, 1, ScenarioSpec.MAX_MONTHS)
                    .orElse(new Quantity(6, Units.MONTH));
            Optional<Quantity> maxDraw =
                    fields.months(node, "max_draw", "max_draw_months", "a withdrawal a month", false, 1e-6, 60);
            stocks.add(new ScenarioSpec.Stocks(region, cover, refill, maxDraw));
        }
        return stocks;
    }

    private Optional<ScenarioSpec.UpstreamSpec> upstream(YamlNode parent, SpecFields fields, String path) {
        if (parent.find("upstream").isEmpty()) {
            return Optional.empty();
        }
        YamlNode node = parent.get("upstream")
                .allowOnly(Set.of("baseline", "elasticities", "shocks", "inputs", "upstream", "note"));
        String baseline = node.text("baseline").strip();
        List<ScenarioSpec.UpstreamSpec.Input> inputs = new ArrayList<>();
        for (YamlNode input : node.list("inputs")) {
            input.allowOnly(Set.of("seller", "from", "share_of_their_use", "note"));
            inputs.add(new ScenarioSpec.UpstreamSpec.Input(
                    fields.regions(input.get("seller")),
                    fields.regions(input.get("from")),
                    SpecFields.share(input.get("share_of_their_use"), "a share of their use")));
        }
        if (inputs.isEmpty()) {
            throw node.find("inputs")
                    .orElse(node)
                    .error("an upstream stage feeds no seller", "List inputs: [{seller, from, share_of_their_use}].");
        }
        return Optional.of(new ScenarioSpec.UpstreamSpec(
                baseline,
                elasticities(node.get("elasticities"), fields),
                shocks(node.list("shocks"), fields, () -> baselineUnit.apply(baseline, path + ".baseline")),
                inputs,
                upstream(node, fields, path + ".upstream")));
    }

    private static String closest(String text, Set<String> options) {
        return EditDistance.closest(text, options)
                .map(option -> "Did you mean '" + option + "'? ")
                .orElse("");
    }
}
