package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Conflicts;
import org.chokepoint.knowledge.Contradiction;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint conflicts}: facts on which sources disagree, side by side. */
@Command(
        name = "conflicts",
        mixinStandardHelpOptions = true,
        description = {
            "List facts on which sources disagree: the same subject, property, good and period with different values."
                    + " Both values stay in the knowledge base; this shows them side by side, largest disagreements first.",
            "Then the values set aside at import because their file gave another value for the same fact first,"
                    + " each with the file and line of both."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  chokepoint conflicts", "  chokepoint conflicts --entity CHN", "  chokepoint conflicts --limit 5"})
final class ConflictsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--entity", paramLabel = "E", description = "Only this country (any code or name), or 'world'.")
    private String entity;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "Show at most N conflicts (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public void run() {
        StatementQuery query = StatementQuery.all();
        Optional<String> subject = Optional.ofNullable(entity).map(e -> Entities.subjectKey(ReferenceData.load(), e));
        if (subject.isPresent()) {
            query = query.withSubject(subject.get());
        }
        List<Conflict> conflicts;
        List<Contradiction> setAside;
        try (DuckDbStore knowledge = store.openForReading()) {
            conflicts = Conflicts.find(knowledge.find(query));
            setAside = knowledge.contradictions().stream()
                    .filter(c -> subject.isEmpty() || c.kept().subject().key().equals(subject.get()))
                    .toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (conflicts.isEmpty()) {
            out.println("No disagreements between sources" + (entity == null ? "" : " about " + entity) + " in "
                    + store.path() + ".");
        } else {
            print(out, conflicts);
        }
        if (!setAside.isEmpty()) {
            out.println();
            out.println(setAside.size() + " value(s) set aside because their file gave another value for the same"
                    + " fact first (the first is kept):");
            for (Contradiction c : setAside) {
                Statement kept = c.kept();
                out.println();
                out.println(kept.subject().label() + ", " + kept.property().key() + ", " + Describe.good(kept) + ", "
                        + Describe.period(kept) + "  from "
                        + kept.source().citation().shortForm());
                out.println("  kept        " + Describe.value(kept) + "  " + where(c.file(), c.keptLine()));
                out.println("  set aside   " + Describe.value(c.setAside()) + "  " + where(c.file(), c.line()));
            }
        }
    }

    private static String where(String file, int line) {
        return line > 0 ? file + " line " + line : file;
    }

    private void print(PrintWriter out, List<Conflict> conflicts) {
        List<Conflict> shown = conflicts.stream()
                .sorted(java.util.Comparator.comparingDouble(Conflict::spread).reversed())
                .limit(limit)
                .toList();
        out.println(conflicts.size() + " fact(s) on which sources disagree"
                + (shown.size() < conflicts.size() ? "; the " + shown.size() + " largest:" : ":"));
        for (Conflict conflict : shown) {
            Statement first = conflict.first();
            out.println();
            if (conflict.kind() == Conflict.Kind.MIRROR_FLOWS) {
                out.println("Trade flow " + Describe.good(first) + ", " + Describe.period(first)
                        + " as each side reports it" + "  (differ by " + Describe.percent(conflict.spread())
                        + "; imports are CIF, exports FOB)");
            } else {
                out.println(first.subject().label() + ", " + first.property().key() + ", " + Describe.good(first) + ", "
                        + Describe.period(first) + "  (differ by " + Describe.percent(conflict.spread()) + ")");
            }
            for (Statement s : conflict.statements()) {
                String side = conflict.kind() == Conflict.Kind.MIRROR_FLOWS
                        ? s.subject().label() + " " + s.property().key() + " with "
                                + s.counterpart().orElseThrow().label() + ": "
                        : "";
                out.println("  " + side + Describe.value(s) + "  from "
                        + s.source().citation().shortForm());
            }
        }
    }
}
