package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chokepoint.engine.run.ResultWriter;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.indicator.Briefing;
import org.chokepoint.knowledge.indicator.Concentration;
import org.chokepoint.knowledge.indicator.ProducerShare;
import org.chokepoint.knowledge.indicator.SupplierConcentration;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.chokepoint.model.unit.QuantityFormat;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint demo}: loads the bundled world into a fresh store and prints a briefing. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Load the bundled world (data/world and data/facts) into a fresh in-memory knowledge base, print a"
                    + " briefing (the most concentrated stages, the importers most dependent on one supplier,"
                    + " where sources disagree) and write it as an HTML report with every source.",
            "Then run the shipped scenario china-magnet-export-ban and write its tables to chokepoint-scenario/."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  chokepoint demo", "  chokepoint demo --report /tmp/briefing.html --top 8"})
final class DemoCommand implements Runnable {

    /** The shipped scenario the demo runs. */
    static final String SCENARIO = "china-magnet-export-ban";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            defaultValue = "chokepoint-report.html",
            description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
    private Path report;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "6",
            description = "Items per section (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The bundled world's folder (default: data/ of this checkout).")
    private Path data;

    @Override
    public void run() {
        long started = System.nanoTime();
        ReferenceData reference = ReferenceData.load();
        Path folder = data != null ? data : Home.data();
        List<Statement> statements;
        try (DuckDbStore store = BundledStore.load(reference, folder)) {
            statements = store.find(StatementQuery.all());
        }
        Briefing briefing = Briefing.of(statements, reference.commodities(), top);
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        print(briefing, seconds, out);
        try {
            Files.writeString(report, BriefingReport.html(briefing), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + report, e);
        }
        out.println();
        out.println("Report with every source: " + report.toAbsolutePath());
        runScenario(reference, folder, out);
    }

    /** Runs the shipped magnet-ban scenario at central values and writes its tables beside the report. */
    private void runScenario(ReferenceData reference, Path folder, PrintWriter out) {
        Path file = folder.toAbsolutePath().getParent().resolve("scenarios").resolve(SCENARIO + ".yaml");
        Scenario scenario = new ScenarioLoader(reference, folder.resolve("baselines"))
                .load(file)
                .withDraws(0, 1);
        ScenarioResult result = new ScenarioRunner(reference).run(scenario);
        out.println();
        out.println("=".repeat(100));
        out.println("Scenario (central values; 'chokepoint run " + SCENARIO + "' adds Monte Carlo bands):");
        out.println();
        new RunSummary(result, SCENARIO).print(out);
        Path tables = Optional.ofNullable(report.toAbsolutePath().getParent())
                .orElse(Path.of(""))
                .resolve("chokepoint-scenario");
        ResultWriter.write(result, tables);
        out.println("Scenario tables (CSV, JSON, resolved scenario): " + tables);
    }

    private static void print(Briefing briefing, double seconds, PrintWriter out) {
        out.println("Chokepoint briefing: " + briefing.statements() + " sourced statements from " + briefing.sources()
                + " sources, loaded into a fresh store in " + String.format(java.util.Locale.ROOT, "%.1f", seconds)
                + " s.");
        out.println();
        out.println("Most concentrated stages (share of world production, one source each)");
        TextTable stages = new TextTable("  STAGE", "YEAR", "HHI", "TOP 3", "LARGEST PRODUCER", "SOURCE");
        for (Concentration c : briefing.concentratedStages()) {
            ProducerShare largest = c.largest().orElseThrow();
            stages.row(
                    "  " + c.good(),
                    c.period(),
                    String.valueOf(Math.round(c.hhi())),
                    Describe.percent(c.topThree()),
                    largest.label() + " " + Describe.percent(largest.share()),
                    c.sourceId());
        }
        stages.print(out);
        out.println();
        out.println("Importers most dependent on one supplier (share of import value)");
        TextTable importers = new TextTable("  IMPORTER", "GOOD", "YEAR", "LARGEST SUPPLIER", "SHARE", "IMPORTS");
        for (SupplierConcentration.Dependence d : briefing.exposedImporters()) {
            Concentration c = d.concentration();
            ProducerShare largest = c.largest().orElseThrow();
            importers.row(
                    "  " + d.importer().label(),
                    c.good(),
                    c.period(),
                    largest.label(),
                    Describe.percent(largest.share()),
                    QuantityFormat.readable(c.total()));
        }
        importers.print(out);
        out.println();
        out.println("Where sources disagree");
        for (Conflict conflict : briefing.disagreements()) {
            Statement first = conflict.first();
            out.println("  " + first.subject().label() + ", " + first.property().key() + ", " + Describe.good(first)
                    + ", " + Describe.period(first) + " (differ by " + Describe.percent(conflict.spread()) + ")");
            for (Statement s : conflict.statements()) {
                out.println("    " + Describe.value(s) + "  " + s.source().publisher() + " ["
                        + s.source().id() + "]");
            }
        }
    }
}
