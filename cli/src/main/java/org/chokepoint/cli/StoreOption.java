package org.chokepoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    @Option(
            names = "--wait",
            paramLabel = "SECONDS",
            defaultValue = "0",
            description = "If another chokepoint process is using the knowledge base, wait up to SECONDS for it"
                    + " (default: ${DEFAULT-VALUE}, fail at once).")
    private long waitSeconds;

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

    /** The knowledge base to write into, created if it does not exist yet. */
    DuckDbStore openForWriting() {
        return DuckDbStore.open(path(), waitTime());
    }

    /** The knowledge base to read, read-only: never created or changed, so a read-only file can be read. */
    DuckDbStore openForReading() {
        Path path = path();
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no knowledge base at " + path
                    + "; create one with `chokepoint import KIND FILE...` or use the bundled world"
                    + " (`chokepoint import world data/world --store " + path + "`)."
                    + System.lineSeparator() + "`chokepoint import --help` lists the kinds of file.");
        }
        return DuckDbStore.openReadOnly(path, waitTime());
    }

    private Duration waitTime() {
        if (waitSeconds < 0) {
            throw new IllegalArgumentException("--wait must be 0 or more seconds, not " + waitSeconds + ".");
        }
        return Duration.ofSeconds(waitSeconds);
    }
}
