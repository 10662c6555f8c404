package org.chokepoint.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.model.unit.Quantity;

/**
 * Finds where sources disagree: the same fact stated with different values by at least two
 * different sources. Two figures agree when the more precise one, rounded to the significant
 * digits of the other, equals it ($245bn and 2448亿美元 agree; 43,000 t and 42,000 t do not).
 * Withheld figures and texts never conflict with numbers; they state something else. Mirror
 * flows (an importer's imports and its partner's exports of the same flow) that disagree are
 * conflicts too, even from one source.
 */
public final class Conflicts {

    /** Values closer than this (relative) are the same figure, whatever their digits. */
    static final double TOLERANCE = 1e-9;

    private Conflicts() {}

    public static List<Conflict> find(List<Statement> statements) {
        Map<String, List<Statement>> byFact = new LinkedHashMap<>();
        for (Statement statement : statements) {
            if (statement.value() instanceof Value.Measured) {
                byFact.computeIfAbsent(statement.factKey(), k -> new ArrayList<>())
                        .add(statement);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        byFact.forEach((fact, group) -> spread(group).ifPresent(spread -> {
            boolean severalSources =
                    group.stream().map(s -> s.source().id()).distinct().count() > 1;
            if (spread > TOLERANCE && severalSources && !allAgreeWithinRounding(group)) {
                List<Statement> ordered = new ArrayList<>(group);
                ordered.sort(Comparator.comparing((Statement s) -> s.source().id()));
                conflicts.add(new Conflict(Conflict.Kind.SAME_FACT, fact, ordered, spread));
            }
        }));
        conflicts.addAll(mirrorFlows(statements));
        return conflicts;
    }

    private static List<Conflict> mirrorFlows(List<Statement> statements) {
        Map<String, List<Statement>> byFlow = new LinkedHashMap<>();
        for (Statement statement : statements) {
            if (statement.value() instanceof Value.Measured) {
                statement.flowKey().ifPresent(key -> byFlow.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(statement));
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        byFlow.forEach((flow, group) -> {
            boolean bothSides = group.stream()
                            .map(Statement::property)
                            .map(p -> p.key().startsWith("import"))
                            .distinct()
                            .count()
                    == 2;
            spread(group).ifPresent(spread -> {
                if (bothSides && spread > TOLERANCE && !allAgreeWithinRounding(group)) {
                    List<Statement> ordered = new ArrayList<>(group);
                    ordered.sort(
                            Comparator.comparing((Statement s) -> s.property().key())
                                    .thenComparing(s -> s.source().id()));
                    conflicts.add(new Conflict(Conflict.Kind.MIRROR_FLOWS, flow, ordered, spread));
                }
            });
        });
        return conflicts;
    }

    /** The largest relative difference of central values in base units; empty across dimensions. */
    private static Optional<Double> spread(List<Statement> group) {
        if (group.size() < 2) {
            return Optional.empty();
        }
        Quantity first = group.get(0).measured().orElseThrow();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Statement statement : group) {
            Quantity value = statement.measured().orElseThrow();
            if (!value.unit().isCompatibleWith(first.unit())) {
                return Optional.empty();
            }
            min = Math.min(min, value.baseValue());
            max = Math.max(max, value.baseValue());
        }
        double scale = Math.max(Math.abs(min), Math.abs(max));
        return Optional.of(scale == 0 ? 0 : (max - min) / scale);
    }

    private static boolean allAgreeWithinRounding(List<Statement> group) {
        for (Statement a : group) {
            for (Statement b : group) {
                if (!agreeWithinRounding(
                        a.measured().orElseThrow().baseValue(),
                        b.measured().orElseThrow().baseValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the more precise value, rounded to the other's significant digits, equals it. */
    static boolean agreeWithinRounding(double a, double b) {
        int digits = Math.min(significantDigits(a), significantDigits(b));
        return round(a, digits) == round(b, digits);
    }

    private static int significantDigits(double value) {
        return value == 0
                ? 1
                : new java.math.BigDecimal(Double.toString(value))
                        .stripTrailingZeros()
                        .precision();
    }

    private static double round(double value, int digits) {
        return new java.math.BigDecimal(value)
                .round(new java.math.MathContext(digits))
                .doubleValue();
    }
}
