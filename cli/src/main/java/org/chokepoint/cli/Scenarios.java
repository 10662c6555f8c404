package org.chokepoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;

/** Finds and loads scenario files for the commands: a path, or the name of a shipped scenario. */
final class Scenarios {

    private Scenarios() {}

    static ScenarioLoader loader() {
        return new ScenarioLoader(ReferenceData.load(), Home.data().resolve("baselines"));
    }

    /** {@code name} as a file, or as {@code scenarios/NAME.yaml}. */
    static Scenario load(String name) {
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            Path shipped = Home.scenarios().resolve(name.endsWith(".yaml") ? name : name + ".yaml");
            if (!Files.isRegularFile(shipped)) {
                throw new IllegalArgumentException(
                        "No scenario file " + name + "; run 'chokepoint scenarios' to list the shipped ones.");
            }
            file = shipped;
        }
        return loader().load(file);
    }
}
