package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Conflicts;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint facts}: what the knowledge base states about one entity, with sources. */
@Command(
        name = "facts",
        mixinStandardHelpOptions = true,
        description = {
            "Show what the knowledge base states about an entity: each value with its period and source.",
            "Values of the same fact that differ between sources are all shown and marked with '≠'."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint facts CHN --property production --good rare-earths",
            "  chokepoint facts 哈薩克 --property reserves",
            "  chokepoint facts world --good graphite",
            "  chokepoint facts route:gem-p5409        # Power of Siberia 2 (Soyuz Vostok), from the GEM tracker"
        })
final class FactsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Parameters(
            paramLabel = "ENTITY",
            description = "A country by any code or name (CHN, 中國, Kazakhstan), 'world', or KIND:ID (route:gem-p5409).")
    private String entity;

    @Option(
            names = "--property",
            paramLabel = "P",
            description = "Only this property: production, reserves, capacity, ...")
    private String property;

    @Option(names = "--good", paramLabel = "G", description = "Only this chain (rare-earths) or chain/stage.")
    private String good;

    @Option(names = "--quotes", description = "Also print the original text of each statement.")
    private boolean quotes;

    @Override
    public void run() {
        StatementQuery query = StatementQuery.all().withSubject(Entities.subjectKey(ReferenceData.load(), entity));
        if (property != null) {
            query = query.withProperty(Property.find(property)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Unknown property '" + property + "'." + System.lineSeparator() + "Properties: "
                                    + java.util.Arrays.stream(Property.values())
                                            .map(Property::key)
                                            .collect(Collectors.joining(", ")))));
        }
        if (good != null) {
            query = query.withGood(good);
        }
        List<Statement> statements;
        try (DuckDbStore knowledge = store.openForReading()) {
            statements = knowledge.find(query);
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("The knowledge base at " + store.path() + " states nothing about "
                    + entity
                    + (property == null ? "" : " (" + property + ")") + (good == null ? "" : " for " + good) + "."
                    + System.lineSeparator()
                    + "Import data first, e.g. chokepoint import usgs-mcs ../shared/data/usgs-mcs");
        }
        Set<String> conflicting =
                Conflicts.find(statements).stream().map(Conflict::factKey).collect(Collectors.toSet());
        TextTable table = new TextTable("", "PROPERTY", "GOOD", "WITH", "PERIOD", "VALUE", "SOURCE");
        for (Statement s : statements) {
            table.row(
                    conflicting.contains(s.factKey()) ? "≠" : "",
                    s.property().key(),
                    Describe.good(s),
                    s.counterpart()
                            .map(c -> c.kind() == org.chokepoint.knowledge.Subject.Kind.COUNTRY ? c.id() : c.label())
                            .orElse("-"),
                    Describe.period(s),
                    Describe.value(s),
                    s.source().id());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(statements.get(0).subject().label() + " ("
                + statements.get(0).subject().id() + "): " + statements.size() + " statement(s)");
        table.print(out);
        if (!conflicting.isEmpty()) {
            out.println();
            out.println(
                    "≠ marks " + conflicting.size() + " fact(s) whose sources disagree; 'chokepoint conflicts --entity "
                            + entity + "' shows them side by side.");
        }
        if (quotes) {
            out.println();
            statements.forEach(s -> out.println(
                    s.id() + "  " + s.source().citation().shortForm() + System.lineSeparator() + "    " + s.quote()));
        }
    }
}
