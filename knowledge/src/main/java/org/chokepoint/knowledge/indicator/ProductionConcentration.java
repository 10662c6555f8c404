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
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;

/**
 * Producer shares, HHI and top-3 share per good, stage and year (engine.md section 5a), from
 * production statements. Each figure uses one source: for a year stated by several releases, the
 * newest release (its source's publication date) is used, so revisions never mix.
 */
public final class ProductionConcentration {

    private ProductionConcentration() {}

    /** One concentration per good and year that has production data, goods in order, newest year first. */
    public static List<Concentration> of(List<Statement> statements) {
        Map<String, Map<String, List<Statement>>> byGoodAndYear = new TreeMap<>();
        for (Statement s : statements) {
            if (s.property() == Property.PRODUCTION
                    && s.good().isPresent()
                    && s.period().isPresent()) {
                byGoodAndYear
                        .computeIfAbsent(s.good().get().key(), k -> new TreeMap<>(Comparator.reverseOrder()))
                        .computeIfAbsent(s.period().get().iso(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        List<Concentration> result = new ArrayList<>();
        byGoodAndYear.forEach((good, years) ->
                years.forEach((year, group) -> concentration(good, year, group).ifPresent(result::add)));
        return result;
    }

    private static Optional<Concentration> concentration(String good, String year, List<Statement> group) {
        String source = group.stream()
                .max(Comparator.comparing((Statement s) ->
                                s.source().published().map(PartialDate::iso).orElse(""))
                        .thenComparing(s -> s.source().id()))
                .orElseThrow()
                .source()
                .id();
        List<Statement> fromSource =
                group.stream().filter(s -> s.source().id().equals(source)).toList();
        Map<String, Statement> producers = new LinkedHashMap<>();
        List<String> withheld = new ArrayList<>();
        Optional<Statement> world = Optional.empty();
        for (Statement s : fromSource) {
            if (s.subject().kind() == Subject.Kind.WORLD) {
                world = world.or(() -> Optional.of(s));
            } else if (s.value() instanceof Value.Withheld) {
                withheld.add(s.subject().label());
            } else if (s.value() instanceof Value.Measured && s.subject().kind() != Subject.Kind.REGION) {
                producers.putIfAbsent(s.subject().key(), s);
            }
        }
        if (producers.isEmpty()) {
            return Optional.empty();
        }
        Quantity unitOf = producers.values().iterator().next().measured().orElseThrow();
        double sum = producers.values().stream()
                .mapToDouble(s -> s.measured().orElseThrow().to(unitOf.unit()).value())
                .sum();
        boolean reported =
                world.filter(w -> w.value() instanceof Value.Measured).isPresent();
        double total = reported
                ? world.get().measured().orElseThrow().to(unitOf.unit()).value()
                : sum;
        if (!(total > 0)) {
            return Optional.empty();
        }
        List<ProducerShare> shares = new ArrayList<>();
        for (Statement s : producers.values()) {
            shares.add(new ProducerShare(
                    s.subject().id(),
                    s.subject().label(),
                    s.measured().orElseThrow().to(unitOf.unit()).value() / total,
                    s));
        }
        List<Statement> used = new ArrayList<>(producers.values());
        world.ifPresent(used::add);
        return Optional.of(Concentration.of(
                good, year, source, new Quantity(total, unitOf.unit()), reported, shares, withheld, used));
    }
}
