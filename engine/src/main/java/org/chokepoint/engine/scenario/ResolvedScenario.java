package org.chokepoint.engine.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.spec.ScenarioSpec;
import org.chokepoint.engine.spec.ScenarioWriter;

/**
 * The scenario file a run writes beside its results: its spec, which reads back to the same spec
 * and so reruns to the same tables, with comments that say how each part was bound (the baseline
 * file, every shock with its regions and defaults filled in).
 */
public final class ResolvedScenario {

    private ResolvedScenario() {}

    /**
     * The files of a results folder: scenario.resolved.yaml and, for a baseline the scenario names
     * by path (a user's own), a copy of it that the resolved file names instead, so that the folder
     * reruns wherever it is moved.
     */
    public static Map<String, String> files(Scenario scenario) {
        Map<String, String> files = new LinkedHashMap<>();
        ScenarioSpec spec = scenario.spec();
        String baseline = copied(spec.baseline(), scenario.baseline(), files);
        Optional<ScenarioSpec.UpstreamSpec> upstream =
                spec.upstream().map(up -> copied(up, scenario.upstream().orElseThrow(), files));
        ScenarioSpec moved = new ScenarioSpec(
                spec.name(),
                spec.question(),
                baseline,
                spec.model(),
                spec.start(),
                spec.months(),
                spec.elasticities(),
                spec.limits(),
                spec.shocks(),
                spec.inventories(),
                upstream,
                spec.monteCarlo());
        Map<String, String> all = new LinkedHashMap<>();
        all.put("scenario.resolved.yaml", text(scenario, moved));
        all.putAll(files);
        return all;
    }

    /** An upstream stage and those before it with their user baselines copied beside the results. */
    private static ScenarioSpec.UpstreamSpec copied(
            ScenarioSpec.UpstreamSpec spec, Upstream stage, Map<String, String> files) {
        return new ScenarioSpec.UpstreamSpec(
                copied(spec.baseline(), stage.baseline(), files),
                spec.elasticities(),
                spec.shocks(),
                spec.inputs(),
                spec.upstream().map(up -> copied(up, stage.upstream().orElseThrow(), files)));
    }

    /** The reference to a baseline from a results folder: a shipped name as it is, a file copied in. */
    private static String copied(String reference, Baseline baseline, Map<String, String> files) {
        if (BaselineFolders.isName(reference)) {
            return reference;
        }
        Path file = Path.of(baseline.file());
        String name = "baseline-" + file.getFileName();
        try {
            files.put(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot copy the baseline " + file + " beside the results: " + e.getMessage(), e);
        }
        return "./" + name;
    }

    /** The scenario as bound, for people: its spec with the bound form of every part as comments. */
    public static String text(Scenario scenario) {
        return text(scenario, scenario.spec());
    }

    private static String text(Scenario scenario, ScenarioSpec spec) {
        Map<String, List<String>> notes = new HashMap<>();
        notes.put("baseline", List.of("read from " + scenario.baseline().file()));
        for (int i = 0; i < scenario.limits().size(); i++) {
            notes.put(
                    "limits[" + i + "]",
                    List.of("resolved: " + scenario.limits().get(i).describe()));
        }
        for (int i = 0; i < scenario.shocks().size(); i++) {
            notes.put(
                    "shocks[" + i + "]",
                    List.of("resolved: " + scenario.shocks().get(i).describe()));
        }
        String stagePath = "upstream";
        for (Upstream upstream : scenario.chain()) {
            notes.put(
                    stagePath + ".baseline",
                    List.of("read from " + upstream.baseline().file()));
            for (int i = 0; i < upstream.shocks().size(); i++) {
                notes.put(
                        stagePath + ".shocks[" + i + "]",
                        List.of("resolved: " + upstream.shocks().get(i).describe()));
            }
            stagePath += ".upstream";
        }
        List<String> header = new ArrayList<>(List.of("Resolved from " + scenario.file()));
        return ScenarioWriter.write(spec, header, path -> notes.getOrDefault(path, List.of()));
    }
}
