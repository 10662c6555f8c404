package org.chokepoint.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One source giving two different values for one fact in one file (China's 2022 production as
 * 210,000 t on one line and 200,000 t on another). Unlike a {@link Conflict} between sources,
 * this is a fault of the file: the first value is kept, the other is set aside and reported, so
 * it is never stored silently beside the first. Texts (owners, statuses) may have several values
 * and are not compared.
 *
 * @param kept the statement kept, the first one read
 * @param keptLine the line it was read from (0 when the format has no lines)
 * @param setAside the statement set aside
 * @param file the file both come from
 * @param line the line the one set aside was read from (0 when the format has no lines)
 */
public record Contradiction(Statement kept, int keptLine, Statement setAside, String file, int line) {

    public Contradiction {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(setAside, "setAside");
        Objects.requireNonNull(file, "file");
    }

    /** The contradiction as a problem of the row set aside, for reports and for refusing a strict import. */
    public RowProblem problem() {
        return new RowProblem(
                file,
                line,
                0,
                "",
                kept.factLabel() + " is " + kept.value().canonical() + " on "
                        + (keptLine > 0 ? "line " + keptLine : "an earlier row") + " and "
                        + setAside.value().canonical()
                        + " here, both from " + kept.source().id() + "; the first is kept");
    }

    /** A file's statements without the contradicting ones, and the contradictions found. */
    public record Sifted(List<Statement> kept, List<Contradiction> contradictions) {

        public Sifted {
            kept = List.copyOf(kept);
            contradictions = List.copyOf(contradictions);
        }
    }

    /**
     * Sifts one file's statements: the first value of each fact and source is kept, and each later
     * different value is a contradiction; a value repeated as it was is kept (it adds nothing).
     *
     * @param lines the line each statement was read from, where the format has lines
     */
    public static Sifted sift(String file, List<Statement> statements, Map<StatementId, Integer> lines) {
        Map<String, Statement> first = new LinkedHashMap<>();
        List<Statement> kept = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.value() instanceof Value.Text) {
                kept.add(statement);
                continue;
            }
            Statement earlier = first.putIfAbsent(statement.source().id() + "|" + statement.factKey(), statement);
            if (earlier == null || earlier.id().equals(statement.id())) {
                kept.add(statement);
            } else {
                contradictions.add(new Contradiction(
                        earlier,
                        lines.getOrDefault(earlier.id(), 0),
                        statement,
                        file,
                        lines.getOrDefault(statement.id(), 0)));
            }
        }
        return new Sifted(kept, contradictions);
    }
}
