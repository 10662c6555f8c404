package org.chokepoint.engine.baseline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.engine.uncertainty.Parameters;
import org.chokepoint.engine.uncertainty.Spread;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.Citations;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads a curated baseline file (data/baselines/*.yaml): every flow with its sources, checked
 * against the reference data (known countries, a known chain and stage). Errors name the file, the
 * line and the field.
 */
public final class BaselineLoader {

    private static final Set<String> KEYS = Set.of(
            "kind",
            "version",
            "id",
            "good",
            "unit",
            "period",
            "regions",
            "price",
            "sources",
            "flows",
            "from_knowledge",
            "seasonal_demand",
            "tariffs");
    private static final Set<String> FLOW_KEYS =
            Set.of("from", "to", "quantity", "how", "sources", "range", "alternatives", "assumption");

    private final ReferenceData reference;
    private final Supplier<List<Statement>> knowledge;

    /**
     * A loader that reads curated baselines and builds {@code from_knowledge} ones from the
     * statements {@code knowledge} supplies (asked for only when such a baseline is read).
     */
    public BaselineLoader(ReferenceData reference, Supplier<List<Statement>> knowledge) {
        this.reference = reference;
        this.knowledge = knowledge;
    }

    /** The baseline in {@code file}. */
    public Baseline load(Path file) {
        return read(YamlReader.readFile(file));
    }

    /** The baseline in YAML {@code text}; {@code name} names it in errors. */
    public Baseline read(String name, String text) {
        return read(YamlReader.read(name, text));
    }

    private Baseline read(YamlNode document) {
        String name = document.resource();
        YamlNode root = document.allowOnly(KEYS);
        if (!root.text("kind").equals("baseline") || root.integer("version") != 1) {
            throw root.get("kind")
                    .error("this is not a baseline file", "A baseline starts with 'kind: baseline' and 'version: 1'.");
        }
        YamlNode good = root.get("good").allowOnly(Set.of("chain", "stage"));
        String chain = good.text("chain");
        String stage = good.text("stage");
        if (!reference.commodities().hasStage(chain, stage)) {
            throw good.error(
                    "unknown good " + chain + "/" + stage, "See `chokepoint commodities` for chains and stages.");
        }
        if (root.find("from_knowledge").isPresent()) {
            return fromKnowledge(root, chain, stage, name);
        }
        List<String> regions = new ArrayList<>();
        List<YamlNode> regionNodes = root.get("regions").items();
        for (YamlNode region : regionNodes) {
            String id = region(region);
            if (regions.contains(id)) {
                throw region.error("region " + id + " is listed twice");
            }
            regions.add(id);
        }
        groupMembers(regionNodes, regions, root.get("period"));
        Citations citations = Citations.read(root.get("sources"));
        YamlNode priceNode = root.get("price").allowOnly(Set.of("value", "unit", "how", "sources"));
        if (!priceNode.text("unit").equals("USD/" + root.text("unit"))) {
            throw priceNode.get("unit").error("the price must be in USD/" + root.text("unit"));
        }
        List<BaselineFlow> flows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode node : root.list("flows")) {
            node.allowOnly(FLOW_KEYS);
            String seller = region(node.get("from"), regions);
            String buyer = region(node.get("to"), regions);
            if (!seen.add(seller + ">" + buyer)) {
                throw node.error("the flow " + seller + " -> " + buyer + " is listed twice");
            }
            double quantity = node.number("quantity");
            if (!(quantity >= 0)) {
                throw node.get("quantity").error("a flow cannot be negative");
            }
            Optional<String> assumption = node.optionalText("assumption");
            flows.add(new BaselineFlow(
                    seller,
                    buyer,
                    quantity,
                    node.optionalText("how"),
                    assumption.isPresent() && node.find("sources").isEmpty()
                            ? List.of()
                            : sources(node, citations, "or mark it with assumption: \"what it assumes\""),
                    spread(node, quantity, citations),
                    assumption));
        }
        return new Baseline(
                root.text("id"),
                chain,
                stage,
                root.text("unit"),
                root.text("period"),
                regions,
                flows,
                priceNode.number("value"),
                priceNode.text("how"),
                sources(priceNode, citations),
                name,
                seasons(root, citations, regions),
                tariffs(root, citations, regions, flows));
    }

    /**
     * A flow's optional spread: {@code range: {low, high, how, sources}} enclosing its quantity, or
     * {@code alternatives: [{quantity, how, sources}, ...]}, other sources' values of the same flow;
     * not both. Every value is above zero, so no draw removes a flow from the market.
     */
    private static Optional<Spread> spread(YamlNode flow, double quantity, Citations citations) {
        Optional<YamlNode> range = flow.find("range");
        Optional<YamlNode> alternatives = flow.find("alternatives");
        if (range.isPresent() && alternatives.isPresent()) {
            throw alternatives
                    .get()
                    .error(
                            "a flow with both a range and alternatives",
                            "Give one: range for a span a source gives or the sources' values span,"
                                    + " alternatives for other sources' values of the same flow.");
        }
        if (range.isPresent()) {
            YamlNode node = range.get().allowOnly(Set.of("low", "high", "how", "sources"));
            double low = node.number("low");
            double high = node.number("high");
            if (!(low > 0)) {
                throw node.get("low").error("a range's low end must be above zero, not " + Parameter.format(low));
            }
            if (!(low < high)) {
                throw node.get("high")
                        .error("a range's high end must be above its low end " + Parameter.format(low) + ", not "
                                + Parameter.format(high));
            }
            if (quantity < low || quantity > high) {
                throw node.error(
                        "the range " + Parameter.format(low) + "-" + Parameter.format(high)
                                + " does not enclose the flow's quantity " + Parameter.format(quantity),
                        "The quantity is the central value a single run uses; the range must hold it.");
            }
            return Optional.of(new Spread.Range(low, high, node.text("how"), sources(node, citations)));
        }
        if (alternatives.isPresent()) {
            List<Spread.Alternative> values = new ArrayList<>();
            List<YamlNode> items = alternatives.get().items();
            if (items.isEmpty()) {
                throw alternatives.get().error("alternatives without a value", "List {quantity, how, sources} items.");
            }
            for (YamlNode item : items) {
                item.allowOnly(Set.of("quantity", "how", "sources"));
                double value = item.number("quantity");
                if (!(value > 0)) {
                    throw item.get("quantity")
                            .error("an alternative quantity must be above zero, not " + Parameter.format(value));
                }
                values.add(new Spread.Alternative(value, item.optionalText("how"), sources(item, citations)));
            }
            return Optional.of(new Spread.Alternatives(values));
        }
        return Optional.empty();
    }

    /**
     * The optional {@code tariffs:} in force in the baseline period: {from, to, rate, sources, how}. A
     * region's tariff on itself (intra-RW trade in GSIM's example) needs its own sales among the
     * flows for it to fall on.
     */
    private static List<BaselineTariff> tariffs(
            YamlNode root, Citations citations, List<String> regions, List<BaselineFlow> flows) {
        List<BaselineTariff> tariffs = new ArrayList<>();
        if (root.find("tariffs").isEmpty()) {
            return tariffs;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode node : root.list("tariffs")) {
            node.allowOnly(Set.of("from", "to", "rate", "how", "sources"));
            String seller = region(node.get("from"), regions);
            String buyer = region(node.get("to"), regions);
            if (seller.equals(buyer)
                    && flows.stream()
                            .noneMatch(flow -> flow.seller().equals(seller)
                                    && flow.buyer().equals(seller)
                                    && flow.quantity() > 0)) {
                throw node.get("to")
                        .error(
                                "a tariff of " + seller + " on itself, but the baseline has no " + seller + " -> "
                                        + seller + " flow for it to fall on",
                                "A region's tariff on itself applies to its own sales (trade among the countries"
                                        + " inside it); list that flow, or remove the tariff.");
            }
            if (!seen.add(seller + ">" + buyer)) {
                throw node.error("the tariff " + seller + " -> " + buyer + " is listed twice");
            }
            YamlNode rateNode = node.get("rate");
            double rate = Parameters.number(rateNode);
            if (!(rate >= 0) || rate > 100) {
                throw rateNode.error("a tariff rate between 0 and 100, not " + rate);
            }
            tariffs.add(new BaselineTariff(seller, buyer, rate, node.optionalText("how"), sources(node, citations)));
        }
        return tariffs;
    }

    /**
     * The optional {@code seasonal_demand:} block: twelve monthly factors for some regions, averaging
     * 1 (within 2%), with how they were found and their sources.
     */
    private static Baseline.Seasons seasons(YamlNode root, Citations citations, List<String> regions) {
        if (root.find("seasonal_demand").isEmpty()) {
            return Baseline.Seasons.NONE;
        }
        YamlNode node = root.get("seasonal_demand").allowOnly(Set.of("profiles", "how", "sources"));
        Map<String, double[]> profiles = new java.util.LinkedHashMap<>();
        YamlNode profilesNode = node.get("profiles");
        for (String region : profilesNode.keys()) {
            YamlNode profile = profilesNode.get(region);
            if (!regions.contains(region)) {
                throw profile.error(
                        "'" + region + "' is not one of this baseline's regions",
                        "Regions: " + String.join(", ", regions) + ".");
            }
            List<YamlNode> months = profile.items();
            if (months.size() != 12) {
                throw profile.error("a seasonal profile has 12 monthly factors, January first, not " + months.size());
            }
            double[] factors = new double[12];
            double sum = 0;
            for (int m = 0; m < 12; m++) {
                factors[m] = months.get(m).number();
                if (!(factors[m] > 0)) {
                    throw months.get(m).error("a monthly factor must be positive");
                }
                sum += factors[m];
            }
            if (Math.abs(sum / 12 - 1) > 0.02) {
                throw profile.error(
                        String.format(java.util.Locale.ROOT, "the factors average %.3f, not 1", sum / 12),
                        "Divide each month by the year's monthly average.");
            }
            profiles.put(region, factors);
        }
        return new Baseline.Seasons(profiles, node.text("how"), sources(node, citations));
    }

    /**
     * A baseline the knowledge base builds: flows from reported imports, home use from production,
     * ROW from the world total (see {@link KnowledgeBaseline}); the regions kept are listed.
     */
    private Baseline fromKnowledge(YamlNode root, String chain, String stage, String name) {
        for (String key : List.of("regions", "flows", "sources", "price")) {
            if (root.find(key).isPresent()) {
                throw root.get(key)
                        .error(
                                "a baseline built from_knowledge takes its " + key + " from the knowledge base",
                                "Remove '" + key + ":' or remove 'from_knowledge:'.");
            }
        }
        YamlNode spec = root.get("from_knowledge").allowOnly(Set.of("regions"));
        List<String> regions = new ArrayList<>();
        List<YamlNode> regionNodes = spec.get("regions").items();
        for (YamlNode region : regionNodes) {
            String id = region(region);
            if (id.contains("/") || id.equals(Baseline.REST_OF_WORLD)) {
                throw region.error(
                        "'" + id + "' cannot be kept from the knowledge base",
                        "List countries or groups of countries (EU27); ROW is added.");
            }
            regions.add(id);
        }
        String period = root.text("period");
        Map<String, Set<String>> members = groupMembers(regionNodes, regions, root.get("period"));
        KnowledgeBaseline.Built built =
                new KnowledgeBaseline(chain, stage, period, regions, members).build(knowledge.get());
        if (built.flows().isEmpty() || !(built.price() > 0)) {
            throw root.get("from_knowledge")
                    .error(
                            "the knowledge base has no import quantities and values of " + chain + "/" + stage + " for "
                                    + period,
                            "See `chokepoint facts` for what it holds, or curate the flows.");
        }
        List<Citation> priceSources = built.flows().stream()
                .flatMap(flow -> flow.sources().stream())
                .distinct()
                .filter(c -> c.publisher().contains("Comtrade") || c.title().contains("Comtrade"))
                .toList();
        return new Baseline(
                root.text("id"),
                chain,
                stage,
                root.text("unit"),
                period,
                built.regions(),
                built.flows(),
                built.price(),
                built.priceHow(),
                priceSources,
                name,
                Baseline.Seasons.NONE,
                List.of());
    }

    /**
     * The alpha-3 codes of each group region's members on the last day of the period, by group id.
     * A country that is also in a group region, or two groups that share a member, would count its
     * trade twice: both are refused.
     */
    private Map<String, Set<String>> groupMembers(List<YamlNode> nodes, List<String> regions, YamlNode period) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (String region : regions) {
            Optional<CountryGroup> group =
                    reference.groups().find(region).filter(g -> g.id().code().equals(region));
            if (group.isPresent()) {
                Set<String> codes = new TreeSet<>();
                group.get().membersOn(membersOn(period, region)).forEach(member -> codes.add(member.alpha3()));
                members.put(region, codes);
            }
        }
        for (int i = 0; i < regions.size(); i++) {
            String region = regions.get(i);
            String country = region.split("/")[0];
            for (Map.Entry<String, Set<String>> group : members.entrySet()) {
                Set<String> shared = new TreeSet<>(members.getOrDefault(region, Set.of(country)));
                shared.retainAll(group.getValue());
                if (region.equals(group.getKey()) || shared.isEmpty()) {
                    continue;
                }
                String what = members.containsKey(region)
                        ? region + " shares " + String.join(", ", shared) + " with " + group.getKey()
                        : country + " is part of " + group.getKey();
                throw nodes.get(i)
                        .error(
                                what + " on " + membersOn(period, region) + ", also a region of this baseline",
                                "List a group or its members, not both: their trade would count twice.");
            }
        }
        return members;
    }

    /** The day group regions count their members on; the period must then be a date. */
    private static LocalDate membersOn(YamlNode period, String group) {
        try {
            return new PartialDate(period.text()).latest();
        } catch (IllegalArgumentException e) {
            throw period.error(
                    "a baseline with the group region " + group + " needs a period that is a date",
                    "Write YYYY, YYYY-MM or YYYY-MM-DD: the group's members are those on its last day.");
        }
    }

    /**
     * A region id: ROW, a country (any name; kept as its alpha-3 code), a group of countries (kept as
     * its id, e.g. EU27), or a seller's variety written COUNTRY/variety ("RUS/lng",
     * "RUS/arctic-lng-2") where one country sells the good in ways that shocks must tell apart.
     */
    private String region(YamlNode node) {
        String text = node.text();
        int slash = text.indexOf('/');
        String country = slash < 0 ? text : text.substring(0, slash);
        String variety = slash < 0 ? "" : text.substring(slash);
        if (slash >= 0 && !variety.matches("/[a-z0-9][a-z0-9-]*")) {
            throw node.error(
                    "'" + text + "' has a malformed variety", "Write COUNTRY/variety in lower case, e.g. RUS/lng.");
        }
        if (country.equals(Baseline.REST_OF_WORLD)) {
            return text;
        }
        Optional<String> group = slash < 0 ? reference.groups().find(text).map(g -> g.id().code()) : Optional.empty();
        return reference
                .countries()
                .find(country)
                .map(c -> c.id().alpha3() + variety)
                .or(() -> group)
                .orElseThrow(
                        () -> node.error(
                                "unknown country or group '" + country + "'",
                                "Use ISO alpha-3 codes, a group's id (EU27), ROW for the rest of the world, or COUNTRY/variety for one way a country sells."));
    }

    private static String region(YamlNode node, List<String> regions) {
        String id = node.text();
        if (!regions.contains(id)) {
            throw node.error(
                    "'" + id + "' is not one of this baseline's regions",
                    "Regions: " + String.join(", ", regions) + ".");
        }
        return id;
    }

    private static List<Citation> sources(YamlNode node, Citations citations) {
        return sources(node, citations, "");
    }

    /** A figure's sources; without them it is refused, with {@code alternative} as further advice. */
    private static List<Citation> sources(YamlNode node, Citations citations, String alternative) {
        List<Citation> list = new ArrayList<>();
        Optional<YamlNode> sources = node.find("sources");
        if (sources.isEmpty()) {
            throw node.error(
                    "a figure without sources",
                    "Add 'sources: [KEY]' naming entries of the file's sources"
                            + (alternative.isEmpty() ? "." : ", " + alternative + "."));
        }
        for (YamlNode key : sources.get().items()) {
            list.add(citations.resolve(key));
        }
        return list;
    }
}
