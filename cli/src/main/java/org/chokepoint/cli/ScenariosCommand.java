package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the shipped scenarios with the question each answers. */
@Command(
        name = "scenarios",
        mixinStandardHelpOptions = true,
        description = "List the shipped scenarios (scenarios/*.yaml) and the question each answers.",
        footerHeading = "%nExamples:%n",
        footer = {"  chokepoint scenarios", "  chokepoint run china-magnet-export-ban"})
final class ScenariosCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** The scenario files of a folder, in name order; baselines beside them are not scenarios. */
    private static List<Path> scenarios(Path folder) {
        try (var list = Files.list(folder)) {
            return list.filter(
                            p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".baseline.yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = Scenarios.loader();
        TextTable table = new TextTable("SCENARIO", "BASELINE", "QUESTION");
        for (Path file : scenarios(Home.scenarios())) {
            Scenario scenario = loader.load(file);
            table.row(scenario.name(), scenario.baseline().id(), scenario.question());
        }
        table.print(out);
        out.println();
        out.println("Run one with: chokepoint run NAME [--out DIR]");
        Path examples = Home.scenarios().resolve("examples");
        if (Files.isDirectory(examples)) {
            out.println();
            out.println("Examples, each with its own baseline beside it (run them by path):");
            TextTable more = new TextTable("FILE", "BASELINE", "QUESTION");
            for (Path file : scenarios(examples)) {
                Scenario scenario = loader.load(file);
                more.row(
                        Home.scenarios().getParent().relativize(file).toString(),
                        scenario.baseline().id(),
                        scenario.question());
            }
            more.print(out);
        }
    }
}
