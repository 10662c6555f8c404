package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.engine.scenario.BaselineFolders;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario a command works on: a file or the name of a shipped scenario, and the folders its
 * baseline may come from besides the shipped ones. A picocli mixin of {@code run} and {@code
 * validate}.
 */
final class Scenarios {

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario.")
    private String file;

    @Option(
            names = "--baseline-dir",
            paramLabel = "DIR",
            description = "Also look for baselines named in the scenario here (repeatable).")
    private List<Path> baselineDirs = new ArrayList<>();

    static ScenarioLoader loader() {
        return loader(List.of());
    }

    private static ScenarioLoader loader(List<Path> folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("--baseline-dir " + folder + " is not a folder");
            }
        }
        return new ScenarioLoader(
                ReferenceData.load(), new BaselineFolders(Home.data().resolve("baselines"), folders));
    }

    /** What the user named, as given. */
    String name() {
        return file;
    }

    /** The scenario, its deprecation warnings printed to {@code err}. */
    Scenario load(PrintWriter err) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            Path shipped = Home.scenarios().resolve(file.endsWith(".yaml") ? file : file + ".yaml");
            if (!Files.isRegularFile(shipped)) {
                throw new IllegalArgumentException(
                        "No scenario file " + file + "; run 'chokepoint scenarios' to list the shipped ones.");
            }
            path = shipped;
        }
        Scenario scenario = loader(baselineDirs).load(path);
        scenario.warnings().forEach(warning -> err.println("warning: " + warning));
        return scenario;
    }
}
