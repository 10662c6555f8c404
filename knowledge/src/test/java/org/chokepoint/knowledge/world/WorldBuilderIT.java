package org.chokepoint.knowledge.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.knowledge.SharedData;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed data/world is exactly what the importers derive from ../shared/data. */
class WorldBuilderIT {

    @TempDir
    Path folder;

    @Test
    void committedWorldMatchesItsSources() throws IOException {
        Path shared = SharedData.require("usgs-mcs").getParent();
        Path committed =
                Path.of("").toAbsolutePath().getParent().resolve("data").resolve("world");

        BundledWorld.write(new WorldBuilder(ReferenceData.load()).build(shared), folder);

        for (String file : new String[] {BundledWorld.SOURCES, BundledWorld.STATEMENTS}) {
            assertThat(Files.readString(folder.resolve(file)))
                    .as("data/world/%s is out of date: run ./chokepoint world --shared ../shared/data", file)
                    .isEqualTo(Files.readString(committed.resolve(file)));
        }
    }
}
