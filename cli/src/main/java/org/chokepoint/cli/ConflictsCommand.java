package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.List;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Conflicts;
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
                    + " Both values stay in the knowledge base; this shows them side by side, largest disagreements first."
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
        if (entity != null) {
            query = query.withSubject(Entities.subjectKey(ReferenceData.load(), entity));
        }
        List<Conflict> conflicts;
        try (DuckDbStore knowledge = store.open()) {
            conflicts = Conflicts.find(knowledge.find(query));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (conflicts.isEmpty()) {
            out.println("No disagreements between sources" + (entity == null ? "" : " about " + entity) + " in "
                    + store.path() + ".");
            return;
        }
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
