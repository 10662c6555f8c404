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

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = Scenarios.loader();
        List<Path> files;
        try (var list = Files.list(Home.scenarios())) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + Home.scenarios() + ": " + e.getMessage(), e);
        }
        TextTable table = new TextTable("SCENARIO", "BASELINE", "QUESTION");
        for (Path file : files) {
            Scenario scenario = loader.load(file);
            table.row(scenario.name(), scenario.baseline().id(), scenario.question());
        }
        table.print(out);
        out.println();
        out.println("Run one with: chokepoint run NAME [--out DIR]");
    }
}
