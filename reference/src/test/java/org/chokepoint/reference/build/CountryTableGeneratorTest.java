package org.chokepoint.reference.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The committed countries.yaml must be exactly what the generator derives from ../shared/data. */
class CountryTableGeneratorTest {

    @Test
    void committedCountryTableMatchesItsSources() throws IOException {
        Optional<Path> shared = sharedData();
        assumeTrue(
                shared.isPresent(),
                "../shared/data not found beside the repository: skipping the check of countries.yaml against its sources");

        String generated = CountryTableGenerator.generate(shared.get());
        String committed =
                Files.readString(Path.of("src/main/resources/reference/countries.yaml"), StandardCharsets.UTF_8);

        assertThat(committed)
                .as("countries.yaml is out of date: regenerate it as docs/reference-data.md says")
                .isEqualTo(generated);
    }

    /** ../shared/data beside the repository root (the folder holding mvnw), if present. */
    static Optional<Path> sharedData() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path data = dir.getParent().resolve("shared").resolve("data");
        return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    }
}
