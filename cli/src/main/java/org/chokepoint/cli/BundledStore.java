package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.knowledge.importer.FactsFileImporter;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.world.BundledWorld;
import org.chokepoint.reference.ReferenceData;

/** The bundled world ({@code data/world} and the curated {@code data/facts}) loaded into a fresh in-memory store. */
final class BundledStore {

    private BundledStore() {}

    static DuckDbStore load(ReferenceData reference, Path data) {
        DuckDbStore store = DuckDbStore.inMemory();
        try {
            store.store(new BundledWorld().read(data.resolve("world")), true);
            FactsFileImporter facts = new FactsFileImporter(reference);
            for (Path file : factFiles(data.resolve("facts"))) {
                store.store(facts.read(file), true);
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static List<Path> factFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
