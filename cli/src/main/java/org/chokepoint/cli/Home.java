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
        Path home = Optional.ofNullable(System.getProperty("chokepoint.home"))
                .map(Path::of)
                .orElse(Path.of(""));
        Path data = home.resolve("data");
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException(
                    "The bundled world is not at " + data.toAbsolutePath() + "." + System.lineSeparator()
                            + "Run Chokepoint with ./chokepoint from its checkout, or pass --data DIR.");
        }
        return data;
    }

    /** The shipped scenarios, {@code scenarios/} beside {@code data/}. */
    static Path scenarios() {
        return data().toAbsolutePath().getParent().resolve("scenarios");
    }
}
