package org.chokepoint.knowledge;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates ../shared/data beside the repository; tests that need it skip with a message without it. */
public final class SharedData {

    private SharedData() {}

    /** The folder, or the test is skipped saying why. */
    public static Path require(String folder) {
        Optional<Path> data = find().map(d -> d.resolve(folder)).filter(Files::isDirectory);
        assumeTrue(
                data.isPresent(),
                "../shared/data/" + folder + " not found beside the repository: skipping this test on real data");
        return data.get();
    }

    static Optional<Path> find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return Optional.ofNullable(dir).map(Path::getParent).map(p -> p.resolve("shared")
                .resolve("data"));
    }
}
