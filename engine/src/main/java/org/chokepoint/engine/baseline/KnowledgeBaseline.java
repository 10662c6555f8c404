package org.chokepoint.engine.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.engine.uncertainty.Spread;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Conflicts;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;

/**
 * Builds a baseline market from the knowledge base (engine.md section 1): bilateral flows from the
 * importers' reported import quantities (UN Comtrade), each producer's home use from its production
 * (USGS) less the exports the importers report, and a rest-of-world region that closes the market
 * with the world total. Every flow says whether it is observed (one statement) or derived (summed
 * or differenced, with how), and cites the statements' sources. A group region (EU27) is the sum of
 * its members' figures, and its flows name the members the statements say nothing about.
 *
 * @param chain the commodity chain of the statements, e.g. "graphite"
 * @param stage the stage, e.g. "natural-graphite"
 * @param period the year, e.g. "2023"
 * @param explicit the countries and groups kept as regions; all others are ROW
 * @param members each group region's members (alpha-3) in the period, by the group's id
 */
public record KnowledgeBaseline(
        String chain, String stage, String period, List<String> explicit, Map<String, Set<String>> members) {

    public KnowledgeBaseline {
        explicit = List.copyOf(explicit);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        members.forEach((group, codes) -> copy.put(group, Set.copyOf(codes)));
        members = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A country with at least this share of the world's production, or of the imports reported, is
     * its own region even where the file does not list it (engine.md section 9, producers where they
     * are; every country with a material share of the targeted trade): ROW is only the rest.
     */
    static final double MAJOR_SHARE = 0.05;

    /**
     * The regions, the flows and the import unit value of the market, from {@code statements}; a
     * country making at least 5% of the world's production, or buying at least 5% of the imports
     * reported, that the file leaves in ROW is added as a region of its own, after the listed ones.
     */
    public Built build(List<Statement> statements) {
        List<Statement> matching = statements.stream().filter(this::matches).toList();
        Disagreements disagreements = new Disagreements(matching);
        List<String> major = majorCountriesInRow(matching, disagreements);
        if (major.isEmpty()) {
            return assemble(matching, disagreements);
        }
        List<String> kept = new ArrayList<>(explicit);
        kept.addAll(major);
        return new KnowledgeBaseline(chain, stage, period, kept, members).assemble(matching, disagreements);
    }

    /** The market from the statements about this good and period, with this baseline's regions. */
    private Built assemble(List<Statement> matching, Disagreements disagreements) {
        List<String> regions = new ArrayList<>(explicit);
        regions.add(Baseline.REST_OF_WORLD);
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<String, Cell> production = new LinkedHashMap<>();
        double value = 0;
        double valuedQuantity = 0;
        Map<String, Double> valueByFlow = new LinkedHashMap<>();
        Map<String, double[]> quantityByFlow = new LinkedHashMap<>(); // records and tonnes per flow
        Optional<Cell> world = Optional.empty();
        Set<String> named = new LinkedHashSet<>(); // the countries the statements are about
        for (Statement statement : matching) {
            Optional<Quantity> measured = statement.measured();
            if (measured.isEmpty() || !disagreements.counts(statement)) {
                continue;
            }
            named.add(statement.subject().id());
            statement.counterpart().ifPresent(counterpart -> named.add(counterpart.id()));
            if (statement.property() == Property.IMPORT_QUANTITY && isCountry(statement.counterpart())) {
                // every reported quantity pairs with its flow's reported value for the unit value
                quantityByFlow.computeIfAbsent(flowKey(statement), k -> new double[2])[0] += 1;
                quantityByFlow.get(flowKey(statement))[1] += measured.get().value();
                if (!measured.get().unit().equals(Units.TONNE)) {
                    continue;
                }
                String buyer = region(statement.subject().id());
                String seller = region(statement.counterpart().get().id());
                if (statement
                        .subject()
                        .id()
                        .equals(statement.counterpart().get().id())) {
                    continue; // re-imports
                }
                Cell cell = cells.computeIfAbsent(seller + ">" + buyer, k -> new Cell());
                cell.add(statement, measured.get().value());
                disagreements.spread(statement).ifPresent(cell::disagree);
            } else if (statement.property() == Property.IMPORT_VALUE && isCountry(statement.counterpart())) {
                valueByFlow.merge(flowKey(statement), measured.get().value(), Double::sum);
            } else if (statement.property() == Property.PRODUCTION
                    && measured.get().unit().equals(Units.TONNE)) {
                if (statement.subject().kind() == Subject.Kind.WORLD) {
                    Cell cell = new Cell();
                    cell.add(statement, measured.get().value());
                    disagreements.spread(statement).ifPresent(cell::disagree);
                    world = Optional.of(cell);
                } else if (statement.subject().kind() == Subject.Kind.COUNTRY) {
                    Cell cell = production.computeIfAbsent(
                            region(statement.subject().id()), k -> new Cell());
                    cell.add(statement, measured.get().value());
                    disagreements.spread(statement).ifPresent(cell::disagree);
                }
            }
        }
        for (Map.Entry<String, double[]> flow : quantityByFlow.entrySet()) {
            Double flowValue = valueByFlow.get(flow.getKey());
            if (flowValue != null) {
                value += flowValue * flow.getValue()[0];
                valuedQuantity += flow.getValue()[1];
            }
        }
        List<BaselineFlow> flows = new ArrayList<>();
        for (Map.Entry<String, Cell> entry : cells.entrySet()) {
            String[] pair = entry.getKey().split(">");
            flows.add(entry.getValue().flow(pair[0], pair[1], "import records"));
        }
        // Home use: production less the exports the importers report
        for (String region : regions) {
            Cell made = region.equals(Baseline.REST_OF_WORLD) ? restOfWorld(world, production) : production.get(region);
            if (made == null || made.total <= 0) {
                continue;
            }
            double exported = 0;
            Set<Citation> sources = new LinkedHashSet<>(made.sources);
            for (BaselineFlow flow : flows) {
                if (flow.seller().equals(region) && !flow.buyer().equals(region)) {
                    exported += flow.quantity();
                    sources.addAll(flow.sources());
                }
            }
            // Trade between countries inside a region (ROW) is part of its own use
            Optional<BaselineFlow> within = flows.stream()
                    .filter(flow -> flow.seller().equals(region) && flow.buyer().equals(region))
                    .findFirst();
            within.ifPresent(flows::remove);
            within.ifPresent(flow -> sources.addAll(flow.sources()));
            double home = Math.max(within.map(BaselineFlow::quantity).orElse(0.0), made.total - exported);
            String how = String.format(
                    Locale.ROOT,
                    "%s production %,.0f t (%s) less %,.0f t of exports that importers report%s%s",
                    region,
                    made.total,
                    made.describe(),
                    exported,
                    home == 0 ? ", floored at zero" : "; exports to countries that do not report stay in home use",
                    within.map(flow -> String.format(
                                    Locale.ROOT,
                                    "; at least the %,.0f t its countries trade among themselves",
                                    flow.quantity()))
                            .orElse(""));
            flows.add(new BaselineFlow(
                    region,
                    region,
                    home,
                    Optional.of(how),
                    List.copyOf(sources),
                    made.homeUse(
                            home,
                            home - made.total,
                            within.map(BaselineFlow::quantity).orElse(0.0))));
        }
        double price = valuedQuantity > 0 ? value / valuedQuantity : Double.NaN;
        return new Built(
                regions,
                flows.stream().map(flow -> withMembers(flow, named)).toList(),
                price,
                String.format(
                        Locale.ROOT,
                        "import unit value: USD %,.0f of imports reported with their quantity, %,.0f t",
                        value,
                        valuedQuantity));
    }

    /**
     * The countries in ROW with at least {@link #MAJOR_SHARE} of the world's production of the good in
     * the period (the world total where the knowledge base states one, else the sum over countries) or
     * of the import quantities reported for it, producers first, each largest first. A figure is the
     * latest-published statement, as everywhere in this baseline.
     */
    private List<String> majorCountriesInRow(List<Statement> matching, Disagreements disagreements) {
        Map<String, Double> made = new LinkedHashMap<>();
        Map<String, Double> bought = new LinkedHashMap<>();
        double world = 0;
        for (Statement statement : matching) {
            Optional<Quantity> measured = statement.measured();
            if (measured.isEmpty() || !measured.get().unit().equals(Units.TONNE) || !disagreements.counts(statement)) {
                continue;
            }
            Subject.Kind kind = statement.subject().kind();
            if (statement.property() == Property.PRODUCTION) {
                if (kind == Subject.Kind.WORLD) {
                    world = Math.max(world, measured.get().value());
                } else if (kind == Subject.Kind.COUNTRY) {
                    made.merge(statement.subject().id(), measured.get().value(), Double::sum);
                }
            } else if (statement.property() == Property.IMPORT_QUANTITY
                    && kind == Subject.Kind.COUNTRY
                    && isCountry(statement.counterpart())
                    && !statement
                            .counterpart()
                            .get()
                            .id()
                            .equals(statement.subject().id())) {
                bought.merge(statement.subject().id(), measured.get().value(), Double::sum);
            }
        }
        double production = world > 0 ? world : sum(made);
        Set<String> major = new LinkedHashSet<>(largeInRow(made, production));
        major.addAll(largeInRow(bought, sum(bought)));
        return List.copyOf(major);
    }

    /** The countries in ROW holding at least {@link #MAJOR_SHARE} of {@code total}, largest first. */
    private List<String> largeInRow(Map<String, Double> byCountry, double total) {
        if (!(total > 0)) {
            return List.of();
        }
        return byCountry.entrySet().stream()
                .filter(e -> e.getValue() >= MAJOR_SHARE * total)
                .filter(e -> region(e.getKey()).equals(Baseline.REST_OF_WORLD))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double sum(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** What the knowledge base gives: regions, flows and the unit value of imports (USD per tonne). */
    public record Built(List<String> regions, List<BaselineFlow> flows, double price, String priceHow) {}

    /** A group region's flow with how its members were summed and which have no data, others as they are. */
    private BaselineFlow withMembers(BaselineFlow flow, Set<String> named) {
        List<String> notes = new ArrayList<>();
        for (String group : new LinkedHashSet<>(List.of(flow.seller(), flow.buyer()))) {
            Set<String> of = members.get(group);
            if (of != null) {
                List<String> silent =
                        of.stream().filter(member -> !named.contains(member)).toList();
                notes.add(String.format(
                        Locale.ROOT,
                        "%s: its %d members in %s summed%s",
                        group,
                        of.size(),
                        period,
                        silent.isEmpty() ? "" : "; no data for " + String.join(", ", silent)));
            }
        }
        if (notes.isEmpty()) {
            return flow;
        }
        String how = flow.how().map(text -> text + "; ").orElse("") + String.join("; ", notes);
        return new BaselineFlow(
                flow.seller(), flow.buyer(), flow.quantity(), Optional.of(how), flow.sources(), flow.spread());
    }

    private Cell restOfWorld(Optional<Cell> world, Map<String, Cell> production) {
        Cell rest = production.get(Baseline.REST_OF_WORLD);
        if (world.isEmpty()) {
            return rest;
        }
        double explicitTotal = 0;
        Cell cell = new Cell();
        cell.sources.addAll(world.get().sources);
        for (Map.Entry<String, Cell> entry : production.entrySet()) {
            if (!entry.getKey().equals(Baseline.REST_OF_WORLD)) {
                explicitTotal += entry.getValue().total;
                cell.sources.addAll(entry.getValue().sources);
            }
        }
        cell.total = Math.max(0, world.get().total - explicitTotal);
        cell.count = -1; // derived: world less the countries kept
        // where the world's or the kept countries' production is disputed, so is the rest
        Cell.Disagreement worldSide = world.get().disagreement;
        cell.disagreement = worldSide;
        for (Map.Entry<String, Cell> entry : production.entrySet()) {
            if (!entry.getKey().equals(Baseline.REST_OF_WORLD) && entry.getValue().disagreement != null) {
                Cell.Disagreement kept = entry.getValue().disagreement;
                cell.disagree(new Cell.Disagreement(-kept.highDelta(), -kept.lowDelta(), kept.how(), kept.sources()));
            }
        }
        cell.note = String.format(
                Locale.ROOT, "world %,.0f t less the %,.0f t of the countries kept", world.get().total, explicitTotal);
        return cell;
    }

    private boolean matches(Statement statement) {
        return statement.good().isPresent()
                && statement.good().get().chain().equals(chain)
                && statement.good().get().stage().map(stage::equals).orElse(false)
                && statement.period().map(p -> p.iso().equals(period)).orElse(false);
    }

    /** An importer-partner key, the same for a flow's quantity and value statements. */
    private static String flowKey(Statement statement) {
        return statement.subject().id() + "<" + statement.counterpart().get().id();
    }

    private static boolean isCountry(Optional<Subject> subject) {
        return subject.isPresent() && subject.get().kind() == Subject.Kind.COUNTRY;
    }

    /** The region a country's figures go to: itself if kept, the group region it is in, or ROW. */
    private String region(String country) {
        if (explicit.contains(country)) {
            return country;
        }
        return members.entrySet().stream()
                .filter(group -> group.getValue().contains(country))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Baseline.REST_OF_WORLD);
    }

    /** Statements summed into one figure, and how far their disagreeing sources move it. */
    private static final class Cell {
        double total;
        int count;
        String note = "";
        final Set<Citation> sources = new LinkedHashSet<>();
        /** What the other sources' values would change, null where every source agrees. */
        Disagreement disagreement;

        /**
         * How far a figure moves, down and up, if the other sources' values are taken instead of the
         * counted ones, with what they say and where they say it.
         */
        record Disagreement(double lowDelta, double highDelta, String how, List<Citation> sources) {
            Disagreement plus(Disagreement other) {
                List<Citation> both = new ArrayList<>(sources);
                other.sources.stream().filter(c -> !both.contains(c)).forEach(both::add);
                return new Disagreement(
                        lowDelta + other.lowDelta, highDelta + other.highDelta, how + "; " + other.how, both);
            }
        }

        void add(Statement statement, double quantity) {
            total += quantity;
            count++;
            sources.add(statement.source().citation());
        }

        void disagree(Disagreement other) {
            disagreement = disagreement == null ? other : disagreement.plus(other);
        }

        /** The range the other sources' values span, where they disagree and the range stays above zero. */
        Optional<Spread> spread(double value) {
            if (disagreement == null
                    || !(value + disagreement.lowDelta > 0)
                    || !(disagreement.lowDelta < disagreement.highDelta)) {
                return Optional.empty();
            }
            return Optional.of(new Spread.Range(
                    value + disagreement.lowDelta,
                    value + disagreement.highDelta,
                    "sources disagree: " + disagreement.how,
                    disagreement.sources));
        }

        /**
         * Home use's range: production's disputed values less the same exports, at least what the
         * region's countries trade among themselves ({@code shift} is home use less production).
         */
        Optional<Spread> homeUse(double home, double shift, double within) {
            if (disagreement == null) {
                return Optional.empty();
            }
            double low = Math.max(within, total + disagreement.lowDelta + shift);
            double high = Math.max(within, total + disagreement.highDelta + shift);
            if (!(low > 0 && low < high && low <= home && home <= high)) {
                return Optional.empty();
            }
            return Optional.of(
                    new Spread.Range(low, high, "production disputed: " + disagreement.how, disagreement.sources));
        }

        String describe() {
            return count < 0 ? note : count == 1 ? "one statement" : count + " statements summed";
        }

        BaselineFlow flow(String seller, String buyer, String what) {
            Optional<String> how = count == 1
                    ? Optional.empty()
                    : Optional.of(String.format(Locale.ROOT, "sum of %d %s", count, what));
            return new BaselineFlow(seller, buyer, total, how, List.copyOf(sources), spread(total));
        }
    }

    /**
     * Where several sources state the same fact (knowledge {@link Conflicts}): only the latest
     * published source counts (a later release revises an earlier one; summing both would count the
     * fact twice), and where they disagree the others span its range; an importer's quantity that its
     * exporter reports otherwise (mirror flows) spans the two.
     */
    private static final class Disagreements {
        private final Map<String, Source> countedSource = new LinkedHashMap<>();
        private final Map<String, Conflict> sameFact = new LinkedHashMap<>();
        private final Map<String, Conflict> mirror = new LinkedHashMap<>();

        Disagreements(List<Statement> statements) {
            Comparator<Source> latest = Comparator.comparing((Source source) ->
                            source.published().map(p -> p.latest()).orElse(LocalDate.MIN))
                    .thenComparing(Source::id);
            for (Statement statement : statements) {
                countedSource.merge(
                        statement.factKey(), statement.source(), (a, b) -> latest.compare(a, b) >= 0 ? a : b);
            }
            for (Conflict conflict : Conflicts.find(statements)) {
                if (conflict.kind() == Conflict.Kind.SAME_FACT) {
                    sameFact.put(conflict.factKey(), conflict);
                } else {
                    mirror.put(conflict.factKey(), conflict);
                }
            }
        }

        /** Whether the statement is from the source counted for its fact. */
        boolean counts(Statement statement) {
            return countedSource.get(statement.factKey()).equals(statement.source());
        }

        /** How far the other sources move a counted statement's value, in tonnes, if they disagree. */
        Optional<Cell.Disagreement> spread(Statement statement) {
            double value = tonnes(statement);
            List<Statement> others = new ArrayList<>();
            Conflict same = sameFact.get(statement.factKey());
            if (same != null) {
                same.statements().stream()
                        .filter(s -> !s.source().equals(statement.source()))
                        .forEach(others::add);
            }
            Optional<Conflict> mirrored = statement.flowKey().map(mirror::get);
            mirrored.ifPresent(conflict -> conflict.statements().stream()
                    .filter(s -> s.property() != statement.property())
                    .forEach(others::add));
            others.removeIf(s -> Double.isNaN(tonnes(s)));
            if (others.isEmpty()) {
                return Optional.empty();
            }
            double low = 0;
            double high = 0;
            List<String> values = new ArrayList<>();
            Set<Citation> sources = new LinkedHashSet<>();
            sources.add(statement.source().citation());
            for (Statement other : others) {
                low = Math.min(low, tonnes(other) - value);
                high = Math.max(high, tonnes(other) - value);
                values.add(String.format(
                        Locale.ROOT,
                        "%,.0f t (%s)",
                        tonnes(other),
                        other.source().id()));
                sources.add(other.source().citation());
            }
            String how = String.format(
                    Locale.ROOT,
                    "%s %s %,.0f t (%s) against %s",
                    statement.subject().id(),
                    statement.property().key().replace('_', ' '),
                    value,
                    statement.source().id(),
                    String.join(", ", values));
            return Optional.of(new Cell.Disagreement(low, high, how, List.copyOf(sources)));
        }

        private static double tonnes(Statement statement) {
            Quantity quantity = statement.measured().orElseThrow();
            return quantity.unit().isCompatibleWith(Units.TONNE)
                    ? quantity.to(Units.TONNE).value()
                    : Double.NaN;
        }
    }
}
