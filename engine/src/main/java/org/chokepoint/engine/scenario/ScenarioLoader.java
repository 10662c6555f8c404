package org.chokepoint.engine.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.baseline.BaselineLoader;
import org.chokepoint.engine.instrument.BindingException;
import org.chokepoint.engine.spec.ScenarioReader;
import org.chokepoint.engine.spec.ScenarioSpec;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.FactsFileImporter;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.world.BundledWorld;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.ReferenceDataException;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Loads a scenario file: {@link ScenarioReader} makes the spec, {@link BaselineFolders} finds its
 * baselines, {@link ScenarioBinder} binds it. Every error is a {@link ScenarioException} naming
 * the file, the line and the field, with a suggestion.
 */
public final class ScenarioLoader {

    private final ReferenceData reference;
    private final BaselineFolders folders;
    private List<Statement> world;

    /**
     * A loader that finds shipped baselines as {@code baselines/NAME.yaml} and, for baselines built
     * from the knowledge base, reads the bundled world beside them ({@code baselines/../world}).
     */
    public ScenarioLoader(ReferenceData reference, Path baselines) {
        this(reference, new BaselineFolders(baselines, List.of()));
    }

    /** A loader that also looks for baselines in the user's folders. */
    public ScenarioLoader(ReferenceData reference, BaselineFolders folders) {
        this.reference = reference;
        this.folders = folders;
    }

    private synchronized List<Statement> knowledge() {
        if (world == null) {
            Path folder = folders.shipped().toAbsolutePath().getParent().resolve("world");
            ImportBatch batch = new BundledWorld().read(folder);
            if (!batch.problems().isEmpty()) {
                throw new ScenarioException("The bundled world in " + folder + " has "
                        + batch.problems().size() + " unreadable rows; the first: "
                        + batch.problems().get(0));
            }
            List<Statement> statements = new java.util.ArrayList<>(batch.statements());
            statements.addAll(facts(folder.resolveSibling("facts")));
            world = List.copyOf(statements);
        }
        return world;
    }

    /**
     * The curated facts beside the bundled world ({@code data/facts/*.yaml}), which the knowledge base
     * holds as well: a second source's figure for a baseline's fact makes a conflict that Monte Carlo
     * draws span. A bad fact is an error, as a bad row of the world is.
     */
    private List<Statement> facts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Statement> statements = new java.util.ArrayList<>();
        FactsFileImporter importer = new FactsFileImporter(reference);
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                ImportBatch batch = importer.read(file);
                if (!batch.problems().isEmpty()) {
                    throw new ScenarioException("The curated facts in " + file + " have "
                            + batch.problems().size() + " unreadable facts; the first: "
                            + batch.problems().get(0));
                }
                statements.addAll(batch.statements());
            }
        } catch (java.io.IOException e) {
            throw new ScenarioException("Cannot list the curated facts in " + folder + ": " + e.getMessage());
        }
        return statements;
    }

    /**
     * The scenario in {@code file}, read within {@link YamlReader.Limits#DEFAULT}: a file too large,
     * not UTF-8, binary, or with anchors, aliases or tags is refused before anything is bound.
     */
    public Scenario load(Path file) {
        YamlNode root;
        try {
            root = YamlReader.readFile(file);
        } catch (ReferenceDataException e) {
            throw ScenarioException.of(e);
        }
        return read(root);
    }

    /** The scenario in YAML {@code text}; {@code name} is its file, whose folder relative baseline paths start from. */
    public Scenario read(String name, String text) {
        try {
            return read(YamlReader.read(name, text));
        } catch (ReferenceDataException e) {
            throw ScenarioException.of(e);
        }
    }

    /**
     * The scenario in {@code root}, a node of a file already read: a whole scenario file, or a
     * scenario written inline in another file (a backtest episode), whose errors then name that
     * file's lines and the scenario's field paths within it.
     */
    public Scenario read(YamlNode root) {
        String name = root.resource();
        Path folder = folder(name);
        Map<String, Integer> lines = ScenarioReader.lines(root);
        Map<String, Baseline> loaded = new HashMap<>();
        ScenarioReader.Read read;
        try {
            read = new ScenarioReader(
                            reference,
                            (ref, field) -> Units.parse(
                                    baseline(ref, field, folder, loaded).unit()))
                    .read(root);
        } catch (ReferenceDataException e) {
            throw ScenarioException.of(e);
        } catch (BindingException e) {
            throw located(e, name, lines, root.path());
        }
        return bind(read, name, folder, lines, loaded, root.path());
    }

    /** Binds a spec read elsewhere (the API, a cluster) whose relative baseline paths start from {@code folder}. */
    public Scenario bind(ScenarioSpec spec, String name, Path folder) {
        return bind(new ScenarioReader.Read(spec, List.of()), name, folder, Map.of(), new HashMap<>(), "");
    }

    private Scenario bind(
            ScenarioReader.Read read,
            String name,
            Path folder,
            Map<String, Integer> lines,
            Map<String, Baseline> loaded,
            String within) {
        try {
            return new ScenarioBinder(reference, (ref, field) -> baseline(ref, field, folder, loaded))
                    .bind(read.spec(), name, read.warnings());
        } catch (BindingException e) {
            throw located(e, name, lines, within);
        }
    }

    /**
     * A binding error with the file and the line of its field, or of the nearest enclosing one;
     * {@code within} is the path of the scenario's node in its file (empty for a scenario file).
     */
    private static ScenarioException located(
            BindingException e, String name, Map<String, Integer> lines, String within) {
        String prefix = within.isEmpty() ? "" : within + ".";
        String path = prefix + e.field();
        while (!path.isEmpty() && !lines.containsKey(path)) {
            path = path.substring(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
        }
        int line = lines.getOrDefault(path, 0);
        return ScenarioException.of(
                new ReferenceDataException(name, line, prefix + e.field(), e.problem(), e.advice()));
    }

    private static Path folder(String name) {
        Path parent = Path.of(name).toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** The baseline {@code ref} names in {@code field}, read once per load. */
    private Baseline baseline(String ref, String field, Path folder, Map<String, Baseline> loaded) {
        Baseline cached = loaded.get(ref);
        if (cached != null) {
            return cached;
        }
        Path file;
        try {
            file = folders.resolve(ref, folder);
        } catch (BindingException e) {
            throw e.at(field);
        }
        try {
            Baseline baseline = new BaselineLoader(reference, this::knowledge).load(file);
            loaded.put(ref, baseline);
            return baseline;
        } catch (ReferenceDataException e) {
            throw ScenarioException.of("baseline", e);
        }
    }
}
