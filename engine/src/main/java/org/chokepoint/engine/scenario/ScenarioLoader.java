package org.chokepoint.engine.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.baseline.BaselineLoader;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.instrument.InstrumentReader;
import org.chokepoint.engine.instrument.Instruments;
import org.chokepoint.engine.instrument.ShockReader;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.engine.uncertainty.Parameters;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.world.BundledWorld;
import org.chokepoint.model.text.EditDistance;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.ReferenceDataException;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads and validates a scenario file. Unknown keys, countries, groups, instruments or models,
 * impossible dates and out-of-range numbers fail with a {@link ScenarioException} naming the file,
 * the line and the field, with a suggestion. Baselines are looked up by id in a baselines folder.
 */
public final class ScenarioLoader {

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
            "shocks",
            "inventories",
            "upstream",
            "monte_carlo");
    private static final Set<String> MODELS = Set.of("armington", "gsim", "spatial");
    private static final Set<String> ELASTICITIES = Set.of("substitution", "demand", "supply");

    private final ReferenceData reference;
    private final Path baselines;
    private List<Statement> world;

    /**
     * A loader that finds baselines as {@code baselines/ID.yaml} and, for baselines built from the
     * knowledge base, reads the bundled world beside them ({@code baselines/../world}).
     */
    public ScenarioLoader(ReferenceData reference, Path baselines) {
        this.reference = reference;
        this.baselines = baselines;
    }

    private synchronized List<Statement> knowledge() {
        if (world == null) {
            Path folder = baselines.toAbsolutePath().getParent().resolve("world");
            ImportBatch batch = new BundledWorld().read(folder);
            if (!batch.problems().isEmpty()) {
                throw new ScenarioException("The bundled world in " + folder + " has "
                        + batch.problems().size() + " unreadable rows; the first: "
                        + batch.problems().get(0));
            }
            world = batch.statements();
        }
        return world;
    }

    public Scenario load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException("Cannot read the scenario " + file + ": " + e.getMessage());
        }
        return read(file.toString(), text);
    }

    public Scenario read(String name, String text) {
        try {
            return parse(YamlReader.read(name, text));
        } catch (ReferenceDataException e) {
            throw ScenarioException.of(e);
        }
    }

    private Scenario parse(YamlNode root) {
        root.allowOnly(KEYS);
        if (!root.text("kind").equals("scenario")) {
            throw root.get("kind").error("this is not a scenario file", "A scenario starts with 'kind: scenario'.");
        }
        if (root.integer("version") != 1) {
            throw root.get("version").error("unknown version", "This Chokepoint reads scenario version 1.");
        }
        Baseline baseline = baseline(root.get("baseline"));
        String model = root.find("model").map(YamlNode::text).orElse("armington");
        if (!MODELS.contains(model)) {
            throw root.get("model")
                    .error(
                            "unknown model '" + model + "'",
                            closest(model, MODELS) + "Models: armington (the default), gsim, spatial.");
        }
        YearMonth start = ShockReader.month(root.get("start"));
        int months = root.integer("months");
        if (months < 1 || months > 600) {
            throw root.get("months")
                    .error("a horizon of " + months + " months", "Give between 1 and 600 monthly steps.");
        }
        YearMonth end = start.plusMonths(months - 1L);
        Elasticities elasticities = elasticities(root.get("elasticities"), baseline);
        ShockReader fields = new ShockReader(reference, baseline, start, end);
        List<Instrument> shocks = new ArrayList<>();
        for (YamlNode shock : root.list("shocks")) {
            shocks.add(instrument(shock, fields));
        }
        int draws = 0;
        long seed = 1;
        if (root.find("monte_carlo").isPresent()) {
            YamlNode mc = root.get("monte_carlo").allowOnly(Set.of("draws", "seed"));
            draws = mc.integer("draws");
            if (draws < 0) {
                throw mc.get("draws").error("a negative number of draws");
            }
            seed = mc.find("seed").map(YamlNode::integer).orElse(1);
        }
        return new Scenario(
                root.text("name"),
                root.text("question"),
                root.resource(),
                baseline,
                model,
                start,
                months,
                elasticities,
                shocks,
                inventories(root, baseline),
                upstream(root, baseline, start, end),
                draws,
                seed);
    }

    private static Instrument instrument(YamlNode shock, ShockReader fields) {
        YamlNode kind = shock.get("instrument");
        InstrumentReader reader = Instruments.all().get(kind.text());
        if (reader == null) {
            throw kind.error(
                    "unknown instrument '" + kind.text() + "'",
                    closest(kind.text(), Instruments.all().keySet()) + "Instruments: "
                            + String.join(", ", Instruments.all().keySet()) + ".");
        }
        return reader.read(shock, fields);
    }

    private Baseline baseline(YamlNode node) {
        Path file = baselines.resolve(node.text() + ".yaml");
        if (!Files.isRegularFile(file)) {
            List<String> known = new ArrayList<>();
            try (var files = Files.list(baselines)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - 5))
                        .sorted()
                        .forEach(known::add);
            } catch (IOException e) {
                // no folder: the advice lists nothing
            }
            throw node.error(
                    "no baseline '" + node.text() + "' in " + baselines,
                    closest(node.text(), Set.copyOf(known)) + "Baselines: " + String.join(", ", known) + ".");
        }
        try {
            return new BaselineLoader(reference, this::knowledge).load(file);
        } catch (ReferenceDataException e) {
            throw ScenarioException.of("baseline", e);
        }
    }

    private Elasticities elasticities(YamlNode node, Baseline baseline) {
        Set<String> keys = new java.util.HashSet<>(ELASTICITIES);
        keys.add("by_region");
        keys.add("long_run");
        node.allowOnly(keys);
        Parameter substitution = positive(node.get("substitution"), "an elasticity of substitution");
        Parameter demand = nonNegative(node.get("demand"), "a demand elasticity");
        Parameter supply = nonNegative(node.get("supply"), "a supply elasticity");
        Map<String, Map<String, Parameter>> byRegion = new HashMap<>();
        if (node.find("by_region").isPresent()) {
            YamlNode regions = node.get("by_region");
            for (String region : regions.keys()) {
                YamlNode entry = regions.get(region).allowOnly(ELASTICITIES);
                if (baseline.indexOf(region) < 0) {
                    throw entry.error(
                            "'" + region + "' is not a region of the baseline " + baseline.id(),
                            "Regions: " + String.join(", ", baseline.regions()) + ".");
                }
                Map<String, Parameter> overrides = new HashMap<>();
                for (String key : entry.keys()) {
                    overrides.put(
                            key,
                            key.equals("substitution")
                                    ? positive(entry.get(key), "an elasticity of substitution")
                                    : nonNegative(entry.get(key), "an elasticity"));
                }
                byRegion.put(region, overrides);
            }
        }
        Optional<Elasticities.LongRun> longRun = Optional.empty();
        if (node.find("long_run").isPresent()) {
            YamlNode entry = node.get("long_run").allowOnly(Set.of("substitution", "demand", "supply", "after_months"));
            int months = entry.integer("after_months");
            if (months < 1) {
                throw entry.get("after_months").error("the long run is at least a month away");
            }
            longRun = Optional.of(new Elasticities.LongRun(
                    positive(entry.get("substitution"), "an elasticity of substitution"),
                    nonNegative(entry.get("demand"), "a demand elasticity"),
                    nonNegative(entry.get("supply"), "a supply elasticity"),
                    months));
        }
        return new Elasticities(substitution, demand, supply, byRegion, longRun);
    }

    /** The optional {@code upstream:} stage: a baseline, elasticities, shocks and who uses its supply. */
    private Optional<Upstream> upstream(YamlNode root, Baseline downstream, YearMonth start, YearMonth end) {
        if (root.find("upstream").isEmpty()) {
            return Optional.empty();
        }
        YamlNode node = root.get("upstream").allowOnly(Set.of("baseline", "elasticities", "shocks", "inputs", "note"));
        Baseline baseline = baseline(node.get("baseline"));
        Elasticities elasticities = elasticities(node.get("elasticities"), baseline);
        ShockReader fields = new ShockReader(reference, baseline, start, end);
        List<Instrument> shocks = new ArrayList<>();
        if (node.find("shocks").isPresent()) {
            for (YamlNode shock : node.list("shocks")) {
                shocks.add(instrument(shock, fields));
            }
        }
        ShockReader downstreamFields = new ShockReader(reference, downstream, start, end);
        List<Upstream.Input> inputs = new ArrayList<>();
        for (YamlNode input : node.list("inputs")) {
            input.allowOnly(Set.of("seller", "from", "share_of_their_use", "note"));
            for (int seller : downstreamFields.regions(input.get("seller"))) {
                inputs.add(new Upstream.Input(
                        seller,
                        fields.regions(input.get("from")),
                        fields.share(input.get("share_of_their_use"), "a share of their use")));
            }
        }
        if (inputs.isEmpty()) {
            throw node.get("inputs")
                    .error("an upstream stage feeds no seller", "List inputs: [{seller, from, share_of_their_use}].");
        }
        return Optional.of(new Upstream(baseline, elasticities, shocks, inputs));
    }

    private static List<Inventory> inventories(YamlNode root, Baseline baseline) {
        List<Inventory> inventories = new ArrayList<>();
        if (root.find("inventories").isEmpty()) {
            return inventories;
        }
        for (YamlNode node : root.list("inventories")) {
            node.allowOnly(Set.of("region", "months_of_demand", "refill_months", "max_draw_months", "note"));
            String region = node.text("region");
            if (baseline.indexOf(region) < 0) {
                throw node.get("region")
                        .error(
                                "'" + region + "' is not a region of the baseline " + baseline.id(),
                                "Regions: " + String.join(", ", baseline.regions()) + ".");
            }
            if (inventories.stream().anyMatch(i -> i.region().equals(region))) {
                throw node.get("region").error("stocks of " + region + " are listed twice");
            }
            double months = Parameters.number(node.get("months_of_demand"));
            if (!(months > 0) || months > 60) {
                throw node.get("months_of_demand")
                        .error("stocks of " + months + " months", "Give between 0 and 60 months of demand.");
            }
            int refill = node.find("refill_months").map(YamlNode::integer).orElse(6);
            if (refill < 1) {
                throw node.get("refill_months").error("a refill takes at least one month");
            }
            double maxDraw =
                    node.find("max_draw_months").map(Parameters::number).orElse(Double.POSITIVE_INFINITY);
            if (!(maxDraw > 0)) {
                throw node.get("max_draw_months")
                        .error("a withdrawal rate must be positive", "Give months of demand per month, e.g. 0.25.");
            }
            inventories.add(new Inventory(region, months, refill, maxDraw));
        }
        return inventories;
    }

    private static Parameter positive(YamlNode node, String what) {
        Parameter parameter = Parameters.read(node);
        if (parameter.central() <= 0 || Parameters.range(parameter)[0] <= 0) {
            throw node.error(what + " must be positive", "Typical values lie between 0.5 and 10.");
        }
        if (parameter instanceof Parameter.Fixed && Math.abs(parameter.central() - 1) < 1e-9) {
            throw node.error(what + " of exactly 1 (Cobb-Douglas) is not supported", "Use 0.99 or 1.01.");
        }
        return parameter;
    }

    private static Parameter nonNegative(YamlNode node, String what) {
        Parameter parameter = Parameters.read(node);
        if (Parameters.range(parameter)[0] < 0) {
            throw node.error(what + " cannot be negative", "Elasticities are written as positive numbers here.");
        }
        return parameter;
    }

    private static String closest(String text, Set<String> options) {
        return EditDistance.closest(text, options)
                .map(option -> "Did you mean '" + option + "'? ")
                .orElse("");
    }
}
