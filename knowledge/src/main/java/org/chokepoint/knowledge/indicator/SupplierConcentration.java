package org.chokepoint.knowledge.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.unit.Quantity;

/**
 * How concentrated one importer's suppliers of one good are (engine.md section 5a): each partner's
 * share of the importer's import value, the HHI and the top-3 share, from one source. Re-imports
 * (the importer as its own partner) are left out of the shares.
 */
public final class SupplierConcentration {

    private SupplierConcentration() {}

    /** One importer's dependence on its suppliers of one good in one period. */
    public record Dependence(Subject importer, Concentration concentration) {}

    /** Per importer, good and period with import values; the most concentrated first. */
    public static List<Dependence> of(List<Statement> statements) {
        Map<String, List<Statement>> groups = new TreeMap<>();
        for (Statement s : statements) {
            if (s.property() == Property.IMPORT_VALUE
                    && s.value() instanceof Value.Measured
                    && s.counterpart().isPresent()
                    && s.good().isPresent()
                    && s.period().isPresent()
                    && !s.counterpart().get().equals(s.subject())) {
                String key = String.join(
                        "|",
                        s.subject().key(),
                        s.good().get().key(),
                        s.period().get().iso(),
                        s.source().id());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        List<Dependence> result = new ArrayList<>();
        for (List<Statement> group : groups.values()) {
            dependence(group).ifPresent(result::add);
        }
        result.sort(
                Comparator.comparingDouble((Dependence d) -> d.concentration().hhi())
                        .reversed()
                        .thenComparing(d -> d.importer().id()));
        return result;
    }

    private static Optional<Dependence> dependence(List<Statement> group) {
        Statement first = group.get(0);
        Quantity unit = first.measured().orElseThrow();
        Map<String, Double> byPartner = new LinkedHashMap<>();
        Map<String, Statement> evidence = new LinkedHashMap<>();
        for (Statement s : group) {
            Quantity value = s.measured().orElseThrow();
            if (!value.unit().isCompatibleWith(unit.unit())) {
                continue;
            }
            String partner = s.counterpart().orElseThrow().id();
            byPartner.merge(partner, value.to(unit.unit()).value(), Double::sum);
            evidence.putIfAbsent(partner, s);
        }
        double total =
                byPartner.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            return Optional.empty();
        }
        List<ProducerShare> shares = new ArrayList<>();
        byPartner.forEach((partner, value) -> {
            Statement s = evidence.get(partner);
            shares.add(new ProducerShare(partner, s.counterpart().orElseThrow().label(), value / total, s));
        });
        return Optional.of(new Dependence(
                first.subject(),
                Concentration.of(
                        first.good().orElseThrow().key(),
                        first.period().orElseThrow().iso(),
                        first.source().id(),
                        new Quantity(total, unit.unit()),
                        false,
                        shares,
                        List.of(),
                        group)));
    }
}
