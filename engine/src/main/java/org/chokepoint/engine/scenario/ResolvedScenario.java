package org.chokepoint.engine.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.engine.spec.ScenarioWriter;

/**
 * The scenario file a run writes beside its results: its spec, which reads back to the same spec
 * and so reruns to the same tables, with comments that say how each part was bound (the baseline
 * file, every shock with its regions and defaults filled in).
 */
public final class ResolvedScenario {

    private ResolvedScenario() {}

    public static String text(Scenario scenario) {
        Map<String, List<String>> notes = new HashMap<>();
        notes.put("baseline", List.of(scenario.baseline().file()));
        for (int i = 0; i < scenario.shocks().size(); i++) {
            notes.put(
                    "shocks[" + i + "]",
                    List.of("resolved: " + scenario.shocks().get(i).describe()));
        }
        scenario.upstream().ifPresent(upstream -> {
            notes.put("upstream.baseline", List.of(upstream.baseline().file()));
            for (int i = 0; i < upstream.shocks().size(); i++) {
                notes.put(
                        "upstream.shocks[" + i + "]",
                        List.of("resolved: " + upstream.shocks().get(i).describe()));
            }
        });
        List<String> header = new ArrayList<>(List.of("Resolved from " + scenario.file()));
        return ScenarioWriter.write(scenario.spec(), header, path -> notes.getOrDefault(path, List.of()));
    }
}
