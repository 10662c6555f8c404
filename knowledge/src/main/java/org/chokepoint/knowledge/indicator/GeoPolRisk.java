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
import org.chokepoint.model.unit.Units;

/**
 * The GeoPolRisk index of engine.md section 5a for one importer A, good and year:
 * {@code HHI_A * sum_i g_i f_Ai / (p_A + F_A)}, with HHI the concentration of world production
 * (on shares, 0-1), g_i the user's score of supplier i, f_Ai the imports of A from i, p_A A's own
 * production and F_A its total imports, all in tonnes. It needs production and trade of the same
 * stage; suppliers without a score are listed and counted as zero risk, so the index is a floor.
 *
 * @param importer A
 * @param good the chain and stage
 * @param period the year
 * @param hhi world production HHI on shares (0-1)
 * @param production A's production in t (0 when it has none on record)
 * @param imports A's total imports in t
 * @param index the GeoPolRisk value
 * @param unscored suppliers with imports but no score
 * @param used the statements it rests on
 */
public record GeoPolRisk(
        Subject importer,
        String good,
        String period,
        double hhi,
        double production,
        double imports,
        double index,
        List<String> unscored,
        List<Statement> used) {

    public GeoPolRisk {
        unscored = List.copyOf(unscored);
        used = List.copyOf(used);
    }

    /** The share of A's supply that it imports, F_A / (p_A + F_A). */
    public double importShareOfSupply() {
        return imports / (production + imports);
    }

    /** Every importer, good and year with import quantities and a production concentration; highest index first. */
    public static List<GeoPolRisk> of(List<Statement> statements, GovernanceScores scores) {
        Map<String, Concentration> concentration = new LinkedHashMap<>();
        ProductionConcentration.of(statements).forEach(c -> concentration.put(c.good() + "|" + c.period(), c));
        Map<String, List<Statement>> imports = new TreeMap<>();
        for (Statement s : statements) {
            if (s.property() == Property.IMPORT_QUANTITY
                    && s.good().isPresent()
                    && s.period().isPresent()
                    && s.counterpart().isPresent()
                    && s.measured()
                            .filter(q -> q.unit().isCompatibleWith(Units.TONNE))
                            .isPresent()
                    && !s.counterpart().get().equals(s.subject())) {
                imports.computeIfAbsent(
                                String.join(
                                        "|",
                                        s.subject().key(),
                                        s.good().get().key(),
                                        s.period().get().iso()),
                                k -> new ArrayList<>())
                        .add(s);
            }
        }
        List<GeoPolRisk> result = new ArrayList<>();
        for (List<Statement> group : imports.values()) {
            Statement first = group.get(0);
            Concentration c = concentration.get(first.good().orElseThrow().key() + "|"
                    + first.period().orElseThrow().iso());
            if (c != null) {
                result.add(of(first.subject(), group, c, scores));
            }
        }
        result.sort(Comparator.comparingDouble(GeoPolRisk::index).reversed());
        return result;
    }

    private static GeoPolRisk of(Subject importer, List<Statement> imports, Concentration c, GovernanceScores scores) {
        double total = 0;
        double weighted = 0;
        List<String> unscored = new ArrayList<>();
        for (Statement s : imports) {
            double tonnes = s.measured().orElseThrow().to(Units.TONNE).value();
            total += tonnes;
            Subject supplier = s.counterpart().orElseThrow();
            Optional<Double> score =
                    supplier.kind() == Subject.Kind.COUNTRY ? scores.of(supplier.id()) : Optional.empty();
            if (score.isPresent()) {
                weighted += score.get() * tonnes;
            } else if (!unscored.contains(supplier.label())) {
                unscored.add(supplier.label());
            }
        }
        Optional<ProducerShare> own = c.shares().stream()
                .filter(p -> p.producer().equals(importer.id()))
                .findFirst();
        double production =
                own.map(p -> p.share() * c.total().to(Units.TONNE).value()).orElse(0.0);
        double hhi = c.hhi() / 10_000;
        List<Statement> used = new ArrayList<>(imports);
        used.addAll(c.used());
        return new GeoPolRisk(
                importer,
                c.good(),
                c.period(),
                hhi,
                production,
                total,
                hhi * weighted / (production + total),
                unscored,
                used);
    }
}
