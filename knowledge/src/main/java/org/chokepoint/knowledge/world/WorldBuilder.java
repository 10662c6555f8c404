package org.chokepoint.knowledge.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.importer.ComtradeBilateralImporter;
import org.chokepoint.knowledge.importer.GemLngTerminalImporter;
import org.chokepoint.knowledge.importer.GemPipelineImporter;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.importer.Importer;
import org.chokepoint.knowledge.importer.UsgsMcsWorldImporter;
import org.chokepoint.reference.ReferenceData;

/**
 * Derives the bundled world from the public files in {@code shared/data}: USGS production and
 * reserves of the commodity chains Chokepoint models (both releases), the 2023 Comtrade bilateral
 * imports, GEM's LNG terminals and the gas pipelines that cross a border. Tables of other minerals
 * and domestic pipelines stay out, to keep the world compact.
 */
public final class WorldBuilder {

    private final ReferenceData reference;

    public WorldBuilder(ReferenceData reference) {
        this.reference = reference;
    }

    /** The statements of the bundled world, read from the given shared data folder. */
    public List<Statement> build(Path sharedData) {
        List<Statement> statements = new ArrayList<>();
        UsgsMcsWorldImporter usgs = new UsgsMcsWorldImporter(reference);
        for (Path file : files(sharedData.resolve("usgs-mcs"), usgs)) {
            usgs.read(file).statements().stream()
                    .filter(s -> s.good()
                            .map(g -> reference.commodities().find(g.chain()).isPresent())
                            .orElse(false))
                    .forEach(statements::add);
        }
        ComtradeBilateralImporter comtrade = new ComtradeBilateralImporter(reference);
        for (Path file : files(sharedData.resolve("comtrade-2023-critical-minerals-bilateral"), comtrade)) {
            ImportBatch batch = comtrade.read(file);
            statements.addAll(batch.statements());
        }
        GemLngTerminalImporter lng = new GemLngTerminalImporter(reference);
        for (Path file : files(sharedData.resolve("gem-ggit-lng-terminals"), lng)) {
            statements.addAll(lng.read(file).statements());
        }
        GemPipelineImporter pipelines = new GemPipelineImporter(reference);
        for (Path file : files(sharedData.resolve("gem-ggit-pipelines"), pipelines)) {
            statements.addAll(international(pipelines.read(file).statements()));
        }
        return statements.stream().map(s -> located(s, sharedData)).toList();
    }

    /** The statements about pipelines that cross a border: domestic lines do not carry trade. */
    private static List<Statement> international(List<Statement> statements) {
        Map<Subject, Long> countries = statements.stream()
                .filter(s -> s.property() == Property.LOCATED_IN)
                .collect(Collectors.groupingBy(Statement::subject, Collectors.counting()));
        return statements.stream()
                .filter(s -> countries.getOrDefault(s.subject(), 0L) > 1)
                .toList();
    }

    /**
     * The statement with its source's location written relative to the shared data folder
     * ("../shared/data/usgs-mcs/..."), so the bundled world does not depend on where it was built.
     */
    private static Statement located(Statement s, Path sharedData) {
        Source source = s.source();
        Optional<String> location = source.location().map(l -> {
            Path path = Path.of(l).toAbsolutePath().normalize();
            Path root = sharedData.toAbsolutePath().normalize();
            return path.startsWith(root)
                    ? "../shared/data/" + root.relativize(path).toString().replace('\\', '/')
                    : l;
        });
        Source relocated = new Source(source.id(), source.publisher(), source.title(), location, source.published());
        return new Statement(
                s.id(),
                s.subject(),
                s.property(),
                s.good(),
                s.counterpart(),
                s.period(),
                s.value(),
                s.estimate(),
                s.note(),
                relocated,
                s.quote(),
                s.language());
    }

    private static List<Path> files(Path folder, Importer importer) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No folder " + folder + System.lineSeparator()
                    + "Point --shared at the shared data folder (../shared/data beside the repository).");
        }
        try (Stream<Path> found = Files.walk(folder)) {
            return found.filter(Files::isRegularFile)
                    .filter(importer::reads)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
