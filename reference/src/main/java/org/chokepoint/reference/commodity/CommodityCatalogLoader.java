package org.chokepoint.reference.commodity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.ChainId;
import org.chokepoint.model.commodity.EndUse;
import org.chokepoint.model.commodity.Figure;
import org.chokepoint.model.commodity.HsCode;
import org.chokepoint.model.commodity.HsEdition;
import org.chokepoint.model.commodity.Industry;
import org.chokepoint.model.commodity.IndustryId;
import org.chokepoint.model.commodity.InputCoefficient;
import org.chokepoint.model.commodity.InputDependence;
import org.chokepoint.model.commodity.Provenance;
import org.chokepoint.model.commodity.Stage;
import org.chokepoint.model.commodity.StageId;
import org.chokepoint.model.commodity.Substitution;
import org.chokepoint.model.unit.Dimension;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.yaml.Citations;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads and validates {@code industries.yaml} and {@code commodities.yaml}: ids, HS codes, units,
 * coefficients between stages of the chain, industries that exist, and a source or an assumption
 * for every figure. Every problem names the file, line and field.
 */
public final class CommodityCatalogLoader {

    public static final String INDUSTRIES = "reference/industries.yaml";
    public static final String COMMODITIES = "reference/commodities.yaml";

    private static final Set<String> CHAIN_KEYS =
            Set.of("id", "en", "zh", "aliases", "stages", "coefficients", "end_uses");
    private static final Set<String> STAGE_KEYS = Set.of("id", "name", "level", "unit", "hs", "note");
    private static final Set<String> LEVELS = Set.of("ore", "intermediate", "refined", "metal", "component", "product");
    private static final Set<String> HS_KEYS = Set.of("code", "editions", "note");
    private static final Set<String> COEFFICIENT_KEYS =
            Set.of("input", "output", "amount", "unit", "source", "assumption", "cost_share");
    private static final Set<String> END_USE_KEYS =
            Set.of("stage", "industry", "share", "source", "assumption", "cover", "cost_share", "substitution", "role");
    private static final Set<String> FIGURE_KEYS = Set.of("value", "source", "assumption");
    private static final Set<String> SUBSTITUTION_KEYS = Set.of("limit", "after", "source", "assumption");
    /** A time written with its unit, e.g. "3 months" or "1.5 yr". */
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)");

    private CommodityCatalogLoader() {}

    public static CommodityCatalog load() {
        return load(INDUSTRIES, COMMODITIES);
    }

    /** Loads the given classpath resources (tests point this at fixtures). */
    public static CommodityCatalog load(String industriesResource, String commoditiesResource) {
        Map<IndustryId, Industry> industries =
                readIndustries(YamlReader.readReferenceFile(industriesResource, "industries", 1));
        YamlNode root = YamlReader.readReferenceFile(commoditiesResource, "commodities", 1);
        root.allowOnly(Set.of("kind", "version", "sources", "chains"));
        Citations sources = Citations.read(root.get("sources"));
        List<Chain> chains = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (YamlNode entry : root.get("chains").items()) {
            Chain chain = chain(entry, industries, sources);
            for (String name : CommodityCatalog.names(chain)) {
                String owner =
                        names.putIfAbsent(CommodityCatalog.key(name), chain.id().slug());
                if (owner != null && !owner.equals(chain.id().slug())) {
                    throw entry.get("id")
                            .error("name '" + name + "' of chain " + chain.id() + " is also a name of chain " + owner);
                }
            }
            chains.add(chain);
        }
        return new CommodityCatalog(chains, industries);
    }

    private static Map<IndustryId, Industry> readIndustries(YamlNode root) {
        root.allowOnly(Set.of("kind", "version", "industries"));
        Map<IndustryId, Industry> industries = new LinkedHashMap<>();
        for (YamlNode entry : root.get("industries").items()) {
            entry.allowOnly(Set.of("id", "en", "zh"));
            IndustryId id = slug(entry.get("id"), IndustryId::new);
            if (industries.put(id, new Industry(id, entry.text("en"), entry.text("zh"))) != null) {
                throw entry.get("id").error("duplicate industry " + id);
            }
        }
        return industries;
    }

    private static Chain chain(YamlNode entry, Map<IndustryId, Industry> industries, Citations sources) {
        entry.allowOnly(CHAIN_KEYS);
        ChainId id = slug(entry.get("id"), ChainId::new);
        Map<StageId, Stage> stages = new LinkedHashMap<>();
        for (YamlNode node : entry.get("stages").items()) {
            Stage stage = stage(node);
            if (stages.put(stage.id(), stage) != null) {
                throw node.get("id").error("duplicate stage " + stage.id() + " in chain " + id);
            }
        }
        List<InputCoefficient> coefficients = new ArrayList<>();
        for (YamlNode node : entry.list("coefficients")) {
            coefficients.add(coefficient(node, stages, sources));
        }
        List<EndUse> endUses = new ArrayList<>();
        Map<StageId, Double> shareTotals = new HashMap<>();
        for (YamlNode node : entry.list("end_uses")) {
            EndUse use = endUse(node, stages, industries, sources);
            use.share().ifPresent(share -> {
                double total = shareTotals.merge(use.stage(), share, Double::sum);
                if (total > 1 + 1e-9) {
                    throw node.get("share")
                            .error("the shares of stage " + use.stage() + " add up to " + total + ", above 1");
                }
            });
            endUses.add(use);
        }
        return new Chain(
                id,
                entry.text("en"),
                entry.texts("zh"),
                entry.texts("aliases"),
                new ArrayList<>(stages.values()),
                coefficients,
                endUses);
    }

    private static Stage stage(YamlNode node) {
        node.allowOnly(STAGE_KEYS);
        StageId id = slug(node.get("id"), StageId::new);
        String level = node.text("level");
        if (!LEVELS.contains(level)) {
            throw node.get("level")
                    .error(
                            "unknown level '" + level + "'",
                            "Levels: " + String.join(", ", new java.util.TreeSet<>(LEVELS)) + ".");
        }
        List<HsCode> codes = new ArrayList<>();
        for (YamlNode hs : node.list("hs")) {
            codes.add(hsCode(hs));
        }
        return new Stage(id, node.text("name"), level, codes, unit(node.get("unit")), node.optionalText("note"));
    }

    private static HsCode hsCode(YamlNode node) {
        node.allowOnly(HS_KEYS);
        Set<HsEdition> editions = EnumSet.noneOf(HsEdition.class);
        if (node.find("editions").isEmpty()) {
            editions.addAll(EnumSet.allOf(HsEdition.class));
        }
        for (YamlNode edition : node.list("editions")) {
            try {
                editions.add(HsEdition.valueOf(edition.text()));
            } catch (IllegalArgumentException e) {
                throw edition.error("unknown HS edition '" + edition.text() + "'", "Editions: HS2017, HS2022.");
            }
        }
        try {
            return new HsCode(node.text("code"), editions, node.optionalText("note"));
        } catch (IllegalArgumentException e) {
            throw node.get("code").error(e.getMessage());
        }
    }

    private static InputCoefficient coefficient(YamlNode node, Map<StageId, Stage> stages, Citations sources) {
        node.allowOnly(COEFFICIENT_KEYS);
        Stage input = stageIn(node.get("input"), stages);
        Stage output = stageIn(node.get("output"), stages);
        Unit unit = unit(node.get("unit"));
        Unit expected = input.unit().per(output.unit());
        if (!unit.isCompatibleWith(expected)) {
            throw node.get("unit")
                    .error(
                            "unit " + unit.symbol() + " does not measure " + input.id() + " per " + output.id(),
                            "Use a unit of " + expected.dimension().describe() + ", e.g. " + expected.symbol() + ".");
        }
        Figure<Double> costShare = share(node.get("cost_share"), sources);
        try {
            return new InputCoefficient(
                    input.id(),
                    output.id(),
                    Quantity.of(node.number("amount"), unit),
                    provenance(node, sources),
                    costShare);
        } catch (IllegalArgumentException e) {
            throw node.get("amount").error(e.getMessage());
        }
    }

    private static EndUse endUse(
            YamlNode node, Map<StageId, Stage> stages, Map<IndustryId, Industry> industries, Citations sources) {
        node.allowOnly(END_USE_KEYS);
        Stage stage = stageIn(node.get("stage"), stages);
        IndustryId industry = slug(node.get("industry"), IndustryId::new);
        if (!industries.containsKey(industry)) {
            throw node.get("industry")
                    .error(
                            "unknown industry " + industry,
                            "Add it to industries.yaml or use one of: "
                                    + String.join(
                                            ", ",
                                            industries.keySet().stream()
                                                    .map(IndustryId::slug)
                                                    .sorted()
                                                    .toList())
                                    + ".");
        }
        Optional<Double> share = node.find("share").map(YamlNode::number);
        Optional<Provenance> provenance =
                node.find("source").isPresent() || node.find("assumption").isPresent()
                        ? Optional.of(provenance(node, sources))
                        : Optional.empty();
        InputDependence dependence = new InputDependence(
                time(node.get("cover"), sources),
                share(node.get("cost_share"), sources),
                substitution(node.get("substitution"), sources),
                role(node.get("role"), sources));
        try {
            return new EndUse(stage.id(), industry, share, provenance, dependence);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** A stock's cover as a time: {@code {value: 3 months, source: KEY}}. */
    private static Figure<Quantity> time(YamlNode node, Citations sources) {
        node.allowOnly(FIGURE_KEYS);
        return new Figure<>(time(node.get("value")), provenance(node, sources));
    }

    private static Quantity time(YamlNode node) {
        Matcher matcher = TIME.matcher(node.text().strip());
        Optional<Unit> unit = matcher.matches() ? Units.find(matcher.group(2)) : Optional.empty();
        if (unit.isEmpty() || !unit.get().dimension().equals(Dimension.TIME)) {
            throw node.error(
                    "expected a time of 0 or more with its unit, found '" + node.text() + "'",
                    "Write it as e.g. '3 months' or '1 yr'.");
        }
        return Quantity.of(Double.parseDouble(matcher.group(1)), unit.get());
    }

    /** A share within 0 and 1 with its provenance: {@code {value: 5%, assumption: why}}. */
    private static Figure<Double> share(YamlNode node, Citations sources) {
        node.allowOnly(FIGURE_KEYS);
        YamlNode value = node.get("value");
        double share = share(value);
        if (!(share >= 0 && share <= 1)) {
            throw value.error("a share must be within 0 and 1 (0% and 100%), not " + value.text());
        }
        return new Figure<>(share, provenance(node, sources));
    }

    /** The share of an industry's output that needs the input: above 0, at most 1. */
    private static Figure<Double> role(YamlNode node, Citations sources) {
        Figure<Double> role = share(node, sources);
        if (role.value() == 0) {
            throw node.get("value")
                    .error("a role of 0 means the industry does not need the input", "Remove the end use instead.");
        }
        return role;
    }

    private static double share(YamlNode value) {
        String text = value.text().strip();
        if (text.endsWith("%")) {
            try {
                return Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100;
            } catch (NumberFormatException e) {
                throw value.error("expected a share, found '" + text + "'", "Write it as 0.25 or 25%.");
            }
        }
        return value.number();
    }

    /** What an industry can do without: {@code {limit: 20%, after: 12 months, assumption: why}}. */
    private static Figure<Substitution> substitution(YamlNode node, Citations sources) {
        node.allowOnly(SUBSTITUTION_KEYS);
        YamlNode limit = node.get("limit");
        double share = share(limit);
        if (!(share >= 0 && share <= 1)) {
            throw limit.error("a substitution limit must be within 0 and 1 (0% and 100%), not " + limit.text());
        }
        return new Figure<>(new Substitution(share, time(node.get("after"))), provenance(node, sources));
    }

    private static Provenance provenance(YamlNode node, Citations sources) {
        Optional<YamlNode> source = node.find("source");
        Optional<String> assumption = node.optionalText("assumption");
        if (source.isPresent() == assumption.isPresent()) {
            throw node.error(
                    source.isPresent() ? "both a source and an assumption" : "neither a source nor an assumption",
                    "Every figure needs exactly one: 'source: KEY' (a key of sources) or 'assumption: why this value'.");
        }
        return source.<Provenance>map(s -> new Provenance.Sourced(sources.resolve(s)))
                .orElseGet(() -> new Provenance.Assumption(assumption.get()));
    }

    private static Stage stageIn(YamlNode node, Map<StageId, Stage> stages) {
        Stage stage = stages.get(slug(node, StageId::new));
        if (stage == null) {
            throw node.error(
                    "stage '" + node.text() + "' is not in this chain",
                    "Stages here: "
                            + String.join(
                                    ", ",
                                    stages.keySet().stream().map(StageId::slug).toList()) + ".");
        }
        return stage;
    }

    private static Unit unit(YamlNode node) {
        try {
            return Units.parse(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(
                    e.getMessage().lines().findFirst().orElse(""),
                    e.getMessage().lines().skip(1).findFirst().orElse(""));
        }
    }

    private static <T> T slug(YamlNode node, java.util.function.Function<String, T> constructor) {
        try {
            return constructor.apply(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
