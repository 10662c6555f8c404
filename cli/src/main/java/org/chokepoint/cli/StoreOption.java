package org.chokepoint.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.chokepoint.knowledge.store.DuckDbStore;
import picocli.CommandLine.Option;

/**
 * Where the knowledge base lives: {@code --store}, else the {@code CHOKEPOINT_STORE} environment
 * variable, else {@code chokepoint/chokepoint.duckdb} under the user's data directory
 * ({@code $XDG_DATA_HOME}, by default {@code ~/.local/share}).
 */
final class StoreOption {

    static final String ENVIRONMENT = "CHOKEPOINT_STORE";

    @Option(
            names = "--store",
            paramLabel = "FILE",
            description = "The knowledge base file (default: $" + ENVIRONMENT
                    + ", else ~/.local/share/chokepoint/chokepoint.duckdb).")
    private Path store;

    Path path() {
        if (store != null) {
            return store;
        }
        Optional<String> environment =
                Optional.ofNullable(System.getenv(ENVIRONMENT)).filter(s -> !s.isBlank());
        if (environment.isPresent()) {
            return Path.of(environment.get());
        }
        String dataHome = Optional.ofNullable(System.getenv("XDG_DATA_HOME"))
                .filter(s -> !s.isBlank())
                .orElse(Path.of(System.getProperty("user.home"), ".local", "share")
                        .toString());
        return Path.of(dataHome, "chokepoint", "chokepoint.duckdb");
    }

    DuckDbStore open() {
        return DuckDbStore.open(path());
    }
}
