package org.chokepoint.knowledge.indicator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Conflicts;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.commodity.CommodityCatalog;

/**
 * The main findings of a knowledge base for a reader in a hurry: the most concentrated stages of
 * the modelled chains, the importers most dependent on one supplier, and where sources disagree.
 * Every figure keeps the statements it rests on.
 *
 * @param statements how many statements the findings were drawn from
 * @param sources how many sources those statements come from
 * @param concentratedStages latest production concentration per stage, highest HHI first
 * @param exposedImporters importer dependences, largest single-supplier share first
 * @param disagreements conflicts between sources, curated facts first, then by size
 */
public record Briefing(
        int statements,
        long sources,
        List<Concentration> concentratedStages,
        List<SupplierConcentration.Dependence> exposedImporters,
        List<Conflict> disagreements) {

    /** Imports below this value are too small to call a dependence. */
    static final Quantity MINIMUM_IMPORTS = Quantity.of(1_000_000, "USD");

    public Briefing {
        concentratedStages = List.copyOf(concentratedStages);
        exposedImporters = List.copyOf(exposedImporters);
        disagreements = List.copyOf(disagreements);
    }

    /** The briefing of the given statements about the chains of {@code catalog}; {@code top} items per section. */
    public static Briefing of(List<Statement> statements, CommodityCatalog catalog, int top) {
        Map<String, Concentration> latest = new LinkedHashMap<>();
        ProductionConcentration.of(statements).stream()
                .filter(c -> modelled(c.good(), catalog))
                .forEach(c -> latest.putIfAbsent(c.good(), c));
        List<Concentration> concentrated = latest.values().stream()
                .sorted(Comparator.comparingDouble(Concentration::hhi).reversed())
                .limit(top)
                .toList();
        List<SupplierConcentration.Dependence> exposed = SupplierConcentration.of(statements).stream()
                .filter(d -> modelled(d.concentration().good(), catalog))
                .filter(d -> d.concentration().total().unit().isCompatibleWith(MINIMUM_IMPORTS.unit())
                        && d.concentration().total().baseValue() >= MINIMUM_IMPORTS.baseValue())
                .sorted(Comparator.comparingDouble((SupplierConcentration.Dependence d) ->
                                d.concentration().largest().orElseThrow().share())
                        .reversed())
                .limit(top)
                .toList();
        List<Conflict> disagreements = Conflicts.find(statements).stream()
                .filter(c -> c.first()
                        .good()
                        .map(g -> catalog.find(g.chain()).isPresent())
                        .orElse(true))
                .sorted(Comparator.comparing(
                                (Conflict c) -> !c.first().source().id().startsWith("facts:"))
                        .thenComparing(
                                Comparator.comparingDouble(Conflict::spread).reversed()))
                .limit(top)
                .toList();
        long sources = statements.stream().map(s -> s.source().id()).distinct().count();
        return new Briefing(statements.size(), sources, concentrated, exposed, disagreements);
    }

    private static boolean modelled(String goodKey, CommodityCatalog catalog) {
        return catalog.find(goodKey.split("/")[0]).isPresent() && goodKey.contains("/");
    }
}
