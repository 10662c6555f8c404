package org.chokepoint.engine.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.chokepoint.engine.instrument.BindingException;
import org.chokepoint.model.text.EditDistance;

/**
 * Where a scenario's baseline may come from: a name ({@code ndfeb-magnets-2024}) is looked up as
 * {@code NAME.yaml} in the shipped folder and then in the user's named folders; a path ({@code
 * ./my-baseline}, {@code ../baselines/x.yaml}) is taken relative to the scenario's folder, with
 * {@code .yaml} added when the file has no extension. A path must stay inside the scenario's
 * folder, the shipped folder or a named folder, links followed: anything else is refused with a
 * message that quotes nothing of the file.
 *
 * @param shipped the folder of the shipped baselines
 * @param named folders the user added ({@code --baseline-dir})
 */
public record BaselineFolders(Path shipped, List<Path> named) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public BaselineFolders {
        named = List.copyOf(named);
    }

    /** Whether {@code reference} names a baseline ({@code ndfeb-magnets-2024}) rather than giving a path. */
    public static boolean isName(String reference) {
        return NAME.matcher(reference).matches() && !reference.endsWith(".yaml");
    }

    /** The baseline file {@code reference} names, for a scenario in {@code scenarioFolder}. */
    public Path resolve(String reference, Path scenarioFolder) {
        if (isName(reference)) {
            return byName(reference);
        }
        Path given;
        try {
            given = Path.of(reference);
        } catch (java.nio.file.InvalidPathException e) {
            throw new BindingException("baseline", "'" + reference + "' is not a path", advice());
        }
        Path file = scenarioFolder.resolve(given).normalize();
        if (!Files.exists(file) && !file.getFileName().toString().contains(".")) {
            file = file.resolveSibling(file.getFileName() + ".yaml");
        }
        if (!Files.isRegularFile(file)) {
            throw new BindingException(
                    "baseline", "no baseline file at " + reference + " (from " + scenarioFolder + ")", advice());
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new BindingException("baseline", "cannot read the baseline " + reference, advice());
        }
        for (Path root : roots(scenarioFolder)) {
            if (real.startsWith(root)) {
                return real;
            }
        }
        throw new BindingException(
                "baseline", "the baseline " + reference + " is outside the folders baselines may come from", advice());
    }

    private Path byName(String name) {
        List<Path> folders = new ArrayList<>(List.of(shipped));
        folders.addAll(named);
        for (Path folder : folders) {
            Path file = folder.resolve(name + ".yaml");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        Set<String> known = new TreeSet<>();
        for (Path folder : folders) {
            try (var files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - 5))
                        .forEach(known::add);
            } catch (IOException e) {
                // a folder that cannot be listed adds no names to the advice
            }
        }
        throw new BindingException(
                "baseline",
                "no baseline '" + name + "' in "
                        + String.join(", ", folders.stream().map(Path::toString).toList()),
                EditDistance.closest(name, known)
                                .map(option -> "Did you mean '" + option + "'? ")
                                .orElse("")
                        + "Baselines: " + String.join(", ", known) + ". " + advice());
    }

    private List<Path> roots(Path scenarioFolder) {
        List<Path> roots = new ArrayList<>();
        for (Path folder : concat(scenarioFolder)) {
            real(folder).ifPresent(roots::add);
        }
        return roots;
    }

    private List<Path> concat(Path scenarioFolder) {
        List<Path> all = new ArrayList<>(List.of(scenarioFolder, shipped));
        all.addAll(named);
        return all;
    }

    private static Optional<Path> real(Path folder) {
        try {
            return Optional.of(folder.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String advice() {
        return "Name a shipped baseline, give a path inside the scenario's folder (baseline: ./my-baseline),"
                + " or add a folder with --baseline-dir.";
    }
}
