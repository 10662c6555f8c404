package org.chokepoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Chokepoint checkout the CLI runs from, which holds {@code data/} (the bundled world): the
 * launcher passes it as {@code -Dchokepoint.home}; otherwise the working directory is used.
 */
final class Home {

    private Home() {}

    static Path data() {
        Path data = dataFolder();
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException(
                    "The bundled world is not at " + data.toAbsolutePath() + "." + System.lineSeparator()
                            + "Run Chokepoint with ./chokepoint from its checkout, or pass --data DIR.");
        }
        return data;
    }

    /**
     * The gazetteer news commands use: with the bundled world's projects when {@code data/} is there, else countries,
     * groups and benchmarks only (the projects add links, they are not needed to read an article).
     */
    static org.chokepoint.ingest.link.Gazetteer gazetteer(org.chokepoint.reference.ReferenceData reference) {
        return org.chokepoint.ingest.link.Gazetteer.of(reference, dataFolder());
    }

    private static Path dataFolder() {
        Path home = Optional.ofNullable(System.getProperty("chokepoint.home"))
                .map(Path::of)
                .orElse(Path.of(""));
        return home.resolve("data");
    }

    /** The shipped scenarios, {@code scenarios/} beside {@code data/}. */
    static Path scenarios() {
        return data().toAbsolutePath().getParent().resolve("scenarios");
    }
}
