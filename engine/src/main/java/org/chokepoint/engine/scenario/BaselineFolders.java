package org.chokepoint.engine.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The baseline file {@code reference} names, for a scenario in {@code scenarioFolder}. Whether a
     * path stays inside the allowed folders is checked before whether the file exists, so that the
     * answer says nothing about files elsewhere.
     */
    public Path resolve(String reference, Path scenarioFolder) {
        if (isName(reference)) {
            return byName(reference);
        }
        Path file;
        try {
            file = scenarioFolder.toAbsolutePath().resolve(reference).normalize();
        } catch (InvalidPathException e) {
            throw new BindingException("baseline", "'" + reference + "' is not a path", advice());
        }
        List<Path> roots = new ArrayList<>(List.of(scenarioFolder, shipped));
        roots.addAll(named);
        if (roots.stream()
                .noneMatch(root -> file.startsWith(root.toAbsolutePath().normalize()))) {
            throw outside(reference);
        }
        Path withExtension =
                file.getFileName() != null && !file.getFileName().toString().contains(".")
                        ? file.resolveSibling(file.getFileName() + ".yaml")
                        : file;
        Path found = Files.isRegularFile(file) ? file : withExtension;
        if (!Files.isRegularFile(found)) {
            throw new BindingException("baseline", "no baseline file at " + reference, advice());
        }
        try {
            Path real = found.toRealPath();
            for (Path root : roots) {
                if (Files.isDirectory(root) && real.startsWith(root.toRealPath())) {
                    return real;
                }
            }
        } catch (IOException e) {
            throw new BindingException("baseline", "cannot read the baseline " + reference, advice());
        }
        throw outside(reference); // a link that leads out of the allowed folders
    }

    private static BindingException outside(String reference) {
        return new BindingException(
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

    private static String advice() {
        return "Name a shipped baseline, give a path inside the scenario's folder (baseline: ./my-baseline),"
                + " or add a folder with --baseline-dir.";
    }
}
